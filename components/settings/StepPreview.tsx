import { addDays } from '../../core/dates';
import {
  type Client,
  type Invoice,
  type IsoDate,
  newClient,
  type ScenarioStep,
  type Settings,
} from '../../core/model';
import { renderStep } from '../../core/templates';
import { useT } from '../i18n';

export type PreviewVariant = 'fr-vous' | 'fr-tu' | 'en';

const SAMPLE_CLIENT: Client = newClient({
  id: 'sample-client',
  name: 'Acme SAS',
  kind: 'pro',
  contactFirstName: 'Camille',
  emails: ['compta@acme.example'],
  phone: '01 23 45 67 89',
  address: '1 rue de l’Exemple\n69001 Lyon',
});

/** An invoice exactly at the step's day, so the preview says what the client will read then. */
function sampleInvoice(step: Pick<ScenarioStep, 'offsetDays'>, today: IsoDate): Invoice {
  const dueDate = addDays(today, -step.offsetDays);
  return {
    id: 'sample-invoice',
    number: 'F-2026-001',
    clientId: SAMPLE_CLIENT.id,
    issueDate: addDays(dueDate, -30),
    dueDate,
    paymentTerms: null,
    totalCents: 150_000,
    amountDueCents: 150_000,
    currency: 'EUR',
    contractualRatePercent: null,
    mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    origin: { kind: 'manual' },
    fileId: null,
    createdAt: `${today}T00:00:00Z`,
    status: 'open',
    outstandingCents: 150_000,
    nextActionDate: null,
  };
}

interface Props {
  step: Pick<ScenarioStep, 'offsetDays' | 'action' | 'tone' | 'template'>;
  settings: Settings;
  variant: PreviewVariant;
  today: IsoDate;
}

/** The text this step would produce, with sample data and the user's own signature. */
export function StepPreview({ step, settings, variant, today }: Props) {
  const { t } = useT();
  const rendered = renderStep({
    lang: variant === 'en' ? 'en' : 'fr',
    addressing: variant === 'fr-tu' ? 'tu' : 'vous',
    step,
    client: SAMPLE_CLIENT,
    invoices: [{ invoice: sampleInvoice(step, today), events: [] }],
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
