import { sampleClient, sampleInvoice } from '../../core/app/template-preview';
import type { IsoDate, Scenario, ScenarioStep, Settings } from '../../core/model';
import { renderStep } from '../../core/templates';
import { useT } from '../i18n';

export type PreviewVariant = 'fr-vous' | 'fr-tu' | 'en';

interface Props {
  step: Pick<ScenarioStep, 'offsetDays' | 'action' | 'tone' | 'template'> & { id?: string };
  /** The ladder being edited: decides from which step penalties are claimed. */
  scenario?: Pick<Scenario, 'steps' | 'penaltiesFromStepId'>;
  settings: Settings;
  variant: PreviewVariant;
  today: IsoDate;
}

/** The text this step would produce, with sample data and the user's own signature. */
export function StepPreview({ step, scenario, settings, variant, today }: Props) {
  const { t } = useT();
  // Never « Bonjour Camille » to a user named Camille.
  const client = sampleClient(settings.identity);
  const rendered = renderStep({
    lang: variant === 'en' ? 'en' : 'fr',
    addressing: variant === 'fr-tu' ? 'tu' : 'vous',
    step,
    scenario,
    client,
    invoices: [{ invoice: sampleInvoice(step.offsetDays, today), events: [] }],
    settings,
    now: today,
  });
  return (
    <div class="preview" data-testid="step-preview">
      <p class="muted">{t('set.preview.sample')}</p>
      <p>
        <strong>{t('set.preview.subject')}</strong> {rendered.subject}
      </p>
      <pre>{rendered.body}</pre>
    </div>
  );
}
