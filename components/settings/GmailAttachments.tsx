import { useEffect, useRef, useState } from 'preact/hooks';
import type { AttachmentAccess } from '../../core/platform/gmail-attachments';
import { useT } from '../i18n';

/** Ours, in both languages; kept here so that the section stays one file. */
const TEXT = {
  fr: {
    title: 'Pièces jointes Gmail',
    intro:
      'Gmail envoie les pièces jointes depuis mail-attachment.googleusercontent.com. Pour lire le PDF d’une facture et compléter la carte dans Gmail (montant, échéance, mentions), Échéance a besoin de lire cette adresse, et seulement elle.',
    granted: 'Autorisé : les PDF joints sont lus sur votre ordinateur.',
    notGranted: 'Non autorisé : la carte reprend les valeurs de l’e-mail.',
    asking: 'Répondez à la demande de votre navigateur.',
    refused: 'Le navigateur n’a pas accordé l’accès : rien n’a changé.',
    allow: 'Autoriser la lecture des pièces jointes',
    revoke: 'Retirer l’autorisation',
  },
  en: {
    title: 'Gmail attachments',
    intro:
      'Gmail serves attachments from mail-attachment.googleusercontent.com. To read an invoice’s PDF and complete the card in Gmail (amount, due date, mentions), Échéance needs to read that address, and only that one.',
    granted: 'Allowed: attached PDFs are read on your computer.',
    notGranted: 'Not allowed: the card uses the email’s values.',
    asking: 'Please answer your browser’s request.',
    refused: 'The browser did not grant access: nothing changed.',
    allow: 'Allow reading attachments',
    revoke: 'Remove permission',
  },
};

type State = 'loading' | 'granted' | 'notGranted' | 'asking' | 'refused';

/**
 * The attachment host, asked from this click (the card in Gmail links here: a content script
 * cannot ask). Follows grants made elsewhere too (the browser's extension settings).
 */
export function GmailAttachments({ access }: { access: AttachmentAccess }) {
  const { lang } = useT();
  const text = TEXT[lang];
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
      <h2 id="gmail-attachments-title">{text.title}</h2>
      <p class="muted">{text.intro}</p>
      {state !== 'loading' && (
        <p role="status" data-testid="gmail-attachments-state">
          {state === 'granted' ? text.granted : state === 'asking' ? text.asking : text.notGranted}
          {state === 'refused' && ` ${text.refused}`}
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
          {state === 'granted' ? text.revoke : text.allow}
        </button>
      </div>
    </section>
  );
}
