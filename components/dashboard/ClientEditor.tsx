import { useEffect, useRef, useState } from 'preact/hooks';
import { PRESET_SCENARIOS } from '../../core/dunning';
import { type Client, ClientSchema, type ContractualRate, type Scenario } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { RateKindField } from '../rate/RateKindField';
import { LegalTypeFields } from './LegalTypeFields';

interface ClientEditorProps {
  client: Client;
  scenarios: Scenario[];
  send: Send;
  onClose: () => void;
}

const lines = (s: string) => s.split(/[\s,;]+/).filter(Boolean);
const orNull = (s: string) => (s.trim() ? s.trim() : null);

/**
 * Tu/vous, language, kind (public body included), the rate agreed with the client, scenario and
 * contact details; the background validates and writes.
 */
export function ClientEditor({ client, scenarios, send, onClose }: ClientEditorProps) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState(client);
  const [rate, setRate] = useState<ContractualRate | null | 'invalid'>(client.contractualRate ?? null);
  const [emails, setEmails] = useState(client.emails.join(', '));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('input')?.focus(), []);
  const set = <K extends keyof Client>(key: K, value: Client[K]) => setDraft({ ...draft, [key]: value });
  const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

  async function save(e: Event) {
    e.preventDefault();
    if (rate === 'invalid') return setMessage({ ok: false, text: t('rate.invalid') });
    const parsed = ClientSchema.safeParse({
      ...draft,
      contractualRate: rate,
      phone: orNull(draft.phone ?? ''),
      address: orNull(draft.address ?? ''),
      emails: lines(emails),
    });
    if (!parsed.success) {
      return setMessage({
        ok: false,
        text: parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' — '),
      });
    }
    const answer = await send('client/save', { client: parsed.data });
    setMessage(
      answer.ok ? { ok: true, text: t('dash.client.saved') } : { ok: false, text: answer.error.message },
    );
  }

  return (
    <form
      ref={form}
      class="card client-editor"
      onSubmit={save}
      data-testid="client-editor"
      aria-labelledby="client-editor-title"
    >
      <h3 id="client-editor-title">{t('dash.client.title', { name: client.name })}</h3>
      <div class="grid">
        <label>
          {t('dash.client.name')}
          <input value={draft.name} required onInput={(e) => set('name', value(e))} />
        </label>
        <fieldset>
          <legend>{t('dash.client.addressing')}</legend>
          {(['vous', 'tu'] as const).map((a) => (
            <label key={a} class="inline">
              <input
                type="radio"
                name="addressing"
                value={a}
                checked={draft.addressing === a}
                data-testid={`addressing-${a}`}
                onChange={() => set('addressing', a)}
              />
              {t(`dash.client.${a}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('dash.client.language')}
          <select
            value={draft.language}
            data-testid="client-language"
            onChange={(e) => set('language', value(e) as Client['language'])}
          >
            <option value="fr">{t('set.display.language.fr')}</option>
            <option value="en">{t('set.display.language.en')}</option>
          </select>
        </label>
        <label>
          {t('dash.client.kind')}
          <select
            value={draft.kind}
            data-testid="client-kind"
            onChange={(e) => set('kind', value(e) as Client['kind'])}
          >
            <option value="pro">{t('dash.kind.pro')}</option>
            <option value="particulier">{t('dash.kind.particulier')}</option>
            <option value="public">{t('dash.kind.public')}</option>
          </select>
        </label>
        <div class="wide">
          <RateKindField
            lang={lang}
            name="client"
            initial={client.contractualRate ?? null}
            legend={t('rate.clientLegend')}
            noneLabel={t('rate.clientNone')}
            onChange={setRate}
          />
        </div>
        <LegalTypeFields draft={draft} onChange={(patch) => setDraft({ ...draft, ...patch })} />
        <label>
          {t('dash.client.scenario')}
          <select
            value={draft.scenarioId ?? ''}
            data-testid="client-scenario"
            onChange={(e) => set('scenarioId', orNull(value(e)))}
          >
            <option value="">{t('dash.client.defaultScenario')}</option>
            {[...scenarios, ...PRESET_SCENARIOS].map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dash.client.phone')}
          <input
            type="tel"
            value={draft.phone ?? ''}
            data-testid="client-phone"
            onInput={(e) => set('phone', value(e))}
          />
        </label>
        <label>
          {t('dash.client.emails')}
          <input value={emails} data-testid="client-emails" onInput={(e) => setEmails(value(e))} />
        </label>
        <label class="wide">
          {t('dash.client.address')}
          <textarea rows={3} value={draft.address ?? ''} onInput={(e) => set('address', value(e))} />
        </label>
      </div>
      <div class="actions">
        <button type="submit" data-testid="client-save">
          {t('dash.client.save')}
        </button>
        <button type="button" class="secondary" onClick={onClose}>
          {t('dash.client.close')}
        </button>
      </div>
      {message && (
        <p class={message.ok ? 'ok-text' : 'error'} role="status" data-testid="client-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
