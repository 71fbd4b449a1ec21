import './popup.css';
import { useState } from 'preact/hooks';
import { type LetterKind, type MissingPart, missingParts } from '../../core/documents/requirements';
import type { Client, Settings } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useWelcomeT } from './strings';

/**
 * What a letter lacks, asked on the spot (issue #19): the sender's name and address, the
 * client's postal address. Saved through the background like the settings and client pages do;
 * the live case then has them and the letter can be generated. Renders nothing when complete.
 */
export function PartsForm({
  settings,
  client,
  kind,
  send,
}: {
  settings: Settings;
  client: Client;
  kind: LetterKind;
  send: Send;
}) {
  const { t, plural } = useWelcomeT();
  const missing = missingParts(settings.identity, client, kind);
  const [values, setValues] = useState<Record<MissingPart, string>>({
    'sender-name': '',
    'sender-address': '',
    'recipient-address': '',
  });
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (missing.length === 0) {
    return status?.ok ? (
      <p role="status" class="ok" data-testid="parts-saved">
        {status.text}
      </p>
    ) : null;
  }

  async function submit(e: Event) {
    e.preventDefault();
    const v = (p: MissingPart) => values[p].trim();
    if (missing.some((p) => !v(p))) return;
    if (missing.includes('sender-name') || missing.includes('sender-address')) {
      const identity = {
        ...settings.identity,
        ...(missing.includes('sender-name') ? { name: v('sender-name') } : {}),
        ...(missing.includes('sender-address') ? { address: v('sender-address') } : {}),
      };
      const answer = await send('settings/patch', { patch: { identity } });
      if (!answer.ok)
        return setStatus({ ok: false, text: t('saveFailed', { message: answer.error.message }) });
    }
    if (missing.includes('recipient-address')) {
      const answer = await send('client/save', { client: { ...client, address: v('recipient-address') } });
      if (!answer.ok)
        return setStatus({ ok: false, text: t('saveFailed', { message: answer.error.message }) });
    }
    setStatus({ ok: true, text: t('parts.saved') });
  }

  return (
    <form class="parts-form notice" onSubmit={submit} data-testid="document-parts">
      <strong>{t('parts.title')}</strong>
      <p>{plural('parts.intro', missing.length)}</p>
      {missing.map((part) => (
        <div key={part} class="parts-field">
          <label for={`parts-${part}`}>{t(`parts.${part}`, { client: client.name })}</label>
          {part === 'sender-name' ? (
            <input
              id={`parts-${part}`}
              required
              value={values[part]}
              data-testid={`parts-${part}`}
              onInput={(e) => setValues({ ...values, [part]: e.currentTarget.value })}
            />
          ) : (
            <textarea
              id={`parts-${part}`}
              required
              rows={2}
              value={values[part]}
              data-testid={`parts-${part}`}
              onInput={(e) => setValues({ ...values, [part]: e.currentTarget.value })}
            />
          )}
        </div>
      ))}
      <button type="submit" data-testid="parts-save">
        {t('parts.save')}
      </button>
      {status && !status.ok && (
        <p role="alert" class="error">
          {status.text}
        </p>
      )}
    </form>
  );
}
