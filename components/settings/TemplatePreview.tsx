import type { DunningCase } from '../../core/dunning';
import { templates as area } from '../../core/i18n/catalogue/templates';
import type { Client, Invoice, IsoDate, Settings, StepAction, TemplateVoice, Tone } from '../../core/model';
import { renderReminder } from '../../core/templates';
import { useAreaT } from '../i18n';

interface Props {
  /** The settings with the draft in them: the preview shows what would be sent. */
  settings: Settings;
  action: StepAction;
  tone: Tone;
  voice: TemplateVoice;
  /** One of the user's unpaid invoices, or the sample (core/app/template-preview). */
  real: DunningCase | null;
  sample: { client: Client; invoice: Invoice };
  today: IsoDate;
}

/** The text as the client would read it today, on a real invoice when there is one. */
export function TemplatePreview({ settings, action, tone, voice, real, sample, today }: Props) {
  const { t } = useAreaT(area);
  const kase = real ?? { ...sample, events: [] };
  const rendered = renderReminder({
    lang: voice === 'en' ? 'en' : 'fr',
    addressing: voice === 'fr-tu' ? 'tu' : 'vous',
    action,
    tone,
    client: kase.client,
    invoices: [{ invoice: kase.invoice, events: kase.events }],
    settings,
    now: today,
  });
  return (
    <div class="preview" data-testid="template-preview" aria-live="polite">
      <h3>{t('tpl.preview')}</h3>
      <p class="muted">
        {real
          ? t('tpl.preview.real', { number: real.invoice.number, client: real.client.name })
          : t('tpl.preview.sample')}
      </p>
      <p>
        <strong>{t('tpl.subjectLabel')}</strong>{' '}
        <span data-testid="template-preview-subject">{rendered.subject}</span>
      </p>
      <pre data-testid="template-preview-body">{rendered.body}</pre>
    </div>
  );
}
