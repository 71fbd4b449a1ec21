import './templates.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { sampleClient, sampleInvoice, templatePreviewCase } from '../../core/app/template-preview';
import type { EcheanceDb } from '../../core/db';
import { templates as area } from '../../core/i18n/catalogue/templates';
import {
  type IsoDate,
  type Settings,
  StepActionSchema,
  type TemplateVariable,
  type TemplateVoice,
  TemplateVoiceSchema,
  ToneSchema,
} from '../../core/model';
import type { Send } from '../../core/protocol';
import {
  checkDraft,
  customTemplateFor,
  defaultTemplate,
  type TemplateKey,
  withoutTemplate,
  withTemplate,
} from '../../core/templates';
import { useAreaT, useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { TemplatePreview } from './TemplatePreview';
import { TemplateVariables } from './TemplateVariables';

interface Props {
  db: EcheanceDb;
  settings: Settings;
  send: Send;
  today: IsoDate;
}

type Field = 'subject' | 'body';
/** Saved this long after the last keystroke: each save re-reads every invoice's state. */
const SAVE_AFTER_MS = 700;

/** « Textes des relances »: each step's text in each voice, the user's or ours, previewed live. */
export function TemplateEditor({ db, settings, send, today }: Props) {
  const { t } = useAreaT(area);
  const { t: ts } = useT();
  const [key, setKey] = useState<TemplateKey>({
    action: 'email',
    tone: 'courteous',
    voice: settings.language === 'en' ? 'en' : settings.defaultAddressing === 'tu' ? 'fr-tu' : 'fr-vous',
  });
  const stored = customTemplateFor(settings, key.action, key.tone, key.voice);
  const ours = defaultTemplate(key.action, key.tone, key.voice);
  const [draft, setDraft] = useState(stored ?? ours);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const focused = useRef<{ field: Field; el: HTMLInputElement | HTMLTextAreaElement } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const real = useLiveQuery(() => templatePreviewCase(db, key.voice), [db, key.voice]);

  // Another step chosen: its text (the user's, else ours), and nothing pending for the last one.
  useEffect(() => {
    setDraft(stored ?? ours);
    setStatus(null);
  }, [key.action, key.tone, key.voice]);
  useEffect(() => () => clearTimeout(timer.current ?? undefined), []);

  const check = checkDraft(key, draft.subject, draft.body);
  const problem = check.ok
    ? null
    : 'unknown' in check
      ? t('tpl.unknown', { count: check.unknown.length, names: check.unknown.join(', ') })
      : t('tpl.empty');

  async function persist(next: Settings, text: string) {
    // The templates alone: the other sections' values stay as stored.
    const answer = await send('settings/patch', { patch: { templates: next.templates } });
    setStatus(
      answer.ok
        ? { ok: true, text }
        : { ok: false, text: ts('error.generic', { message: answer.error.message }) },
    );
  }

  function edit(field: Field, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    setStatus(null);
    clearTimeout(timer.current ?? undefined);
    const checked = checkDraft(key, next.subject, next.body);
    if (!checked.ok) return;
    // Our own text typed back is no text of the user's: nothing to keep.
    const same = next.subject === ours.subject && next.body === ours.body;
    timer.current = setTimeout(
      () =>
        void persist(
          same ? withoutTemplate(settings, key) : withTemplate(settings, checked.template),
          t('tpl.saved'),
        ),
      SAVE_AFTER_MS,
    );
  }

  function insert(name: TemplateVariable) {
    const target = focused.current ?? { field: 'body' as const, el: null };
    const text = draft[target.field];
    const el = target.el;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    const token = `{${name}}`;
    edit(target.field, text.slice(0, start) + token + text.slice(end));
    // Back in the field, just after what was inserted.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  }

  async function reset() {
    clearTimeout(timer.current ?? undefined);
    setDraft(ours);
    await persist(withoutTemplate(settings, key), t('tpl.resetDone'));
  }

  const select = <K extends keyof TemplateKey>(
    name: K,
    label: string,
    options: readonly TemplateKey[K][],
    text: (o: TemplateKey[K]) => string,
  ) => (
    <div class="field">
      <label for={`template-${name}`}>{label}</label>
      <select
        id={`template-${name}`}
        value={key[name]}
        onChange={(e) => setKey({ ...key, [name]: e.currentTarget.value })}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {text(o)}
          </option>
        ))}
      </select>
    </div>
  );
  const track = (field: Field) => (e: FocusEvent) => {
    focused.current = { field, el: e.currentTarget as HTMLInputElement | HTMLTextAreaElement };
  };
  const sample = { client: sampleClient(settings.identity), invoice: sampleInvoice(20, today) };
  const withDraft = check.ok ? withTemplate(settings, check.template) : settings;

  return (
    <section
      aria-labelledby="templates-title"
      class="settings-section template-editor"
      data-testid="section-templates"
    >
      <h2 id="templates-title">{t('tpl.title')}</h2>
      <p class="muted">{t('tpl.intro')}</p>
      <p class="muted" data-testid="template-several">
        {t('tpl.severalOurs')}
      </p>
      <div class="grid">
        {select('voice', t('tpl.voice'), TemplateVoiceSchema.options, (v: TemplateVoice) =>
          t(`tpl.voice.${v}`),
        )}
        {select('action', t('tpl.action'), StepActionSchema.options, (a) => ts(`set.action.${a}`))}
        {select('tone', t('tpl.tone'), ToneSchema.options, (tone) => ts(`set.tone.${tone}`))}
      </div>
      <p class="muted" data-testid="template-origin">
        {stored ? t('tpl.custom') : t('tpl.ours')}
      </p>
      <div class="field wide">
        <label for="template-subject">{t('tpl.subject')}</label>
        <input
          id="template-subject"
          value={draft.subject}
          onFocus={track('subject')}
          onInput={(e) => edit('subject', e.currentTarget.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'template-problem' : undefined}
        />
      </div>
      <div class="field wide">
        <label for="template-body">{t('tpl.body')}</label>
        <textarea
          id="template-body"
          rows={14}
          value={draft.body}
          onFocus={track('body')}
          onInput={(e) => edit('body', e.currentTarget.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'template-problem' : undefined}
        />
      </div>
      {problem && (
        <p id="template-problem" class="error" role="alert" data-testid="template-problem">
          {problem}
        </p>
      )}
      <TemplateVariables onInsert={insert} />
      <div class="actions">
        <button type="button" class="secondary" onClick={reset} data-testid="template-reset">
          {t('tpl.reset')}
        </button>
        {status && (
          <p
            class={status.ok ? 'saved' : 'error'}
            role={status.ok ? 'status' : 'alert'}
            data-testid="template-status"
          >
            {status.text}
          </p>
        )}
      </div>
      {real !== undefined && (
        <TemplatePreview
          settings={withDraft}
          action={key.action}
          tone={key.tone}
          voice={key.voice}
          real={real}
          sample={sample}
          today={today}
        />
      )}
    </section>
  );
}
