import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachmentAccess } from '../../core/platform/gmail-attachments';
import { useT } from '../i18n';

type State = 'loading' | 'granted' | 'notGranted' | 'asking' | 'refused';

/**
 * The attachment host, asked from this click (the card in Gmail links here: a content script
 * cannot ask). Follows grants made elsewhere too (the browser's extension settings).
 */
export function GmailAttachments({ access }: { access: AttachmentAccess }) {
  const { t } = useT();
  const [state, setState] = useState<State>('loading');
  const button = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  const refresh = async () => setState((await access.granted()) ? 'granted' : 'notGranted');

  useEffect(() => {
    void refresh();
    return access.watch(() => void refresh());
  }, [access]);
  // Opened from the card's « Autoriser… »: this section is the one to see.
  useEffect(() => {
    if (state === 'loading' || new URLSearchParams(location.search).get('focus') !== 'gmail-attachments')
      return;
    section.current?.scrollIntoView?.({ block: 'center' });
    button.current?.focus();
  }, [state === 'loading']);

  async function toggle() {
    if (state === 'granted') {
      await access.remove();
      return refresh();
    }
    setState('asking');
    const ok = await access.request();
    if (ok) return refresh();
    setState('refused');
  }

  return (
    <section
      ref={section}
      id="gmail-attachments"
      aria-labelledby="gmail-attachments-title"
      class="settings-section"
      data-testid="section-gmail-attachments"
    >
      <h2 id="gmail-attachments-title">{t('attach.title')}</h2>
      <p class="muted">{t('attach.intro')}</p>
      {state !== 'loading' && (
        <p role="status" data-testid="gmail-attachments-state">
          {state === 'granted'
            ? t('attach.granted')
            : state === 'asking'
              ? t('attach.asking')
              : t('attach.notGranted')}
          {state === 'refused' && ` ${t('attach.refused')}`}
        </p>
      )}
      <div class="actions">
        <button
          ref={button}
          type="button"
          class={state === 'granted' ? 'secondary' : ''}
          disabled={state === 'loading' || state === 'asking'}
          onClick={toggle}
        >
          {state === 'granted' ? t('attach.revoke') : t('attach.allow')}
        </button>
      </div>
    </section>
  );
}
