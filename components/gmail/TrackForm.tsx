import { useState } from 'preact/hooks';
import type { ClientKind, ContractualRate, TrackFromGmail } from '../../core/model';
import { legacyRatePercent } from '../../core/model/rate-read';
import { formatDecimal, parseAmount } from '../../core/money';
import type { DetectedGmailInvoice } from '../../core/sites/gmail/types';
import { RateKindField } from '../rate/RateKindField';
import { rateT } from '../rate/strings';
import { NOTHING_YET, WhereaboutsField } from '../whereabouts/WhereaboutsField';
import type { GmailT } from './strings';

interface TrackFormProps {
  t: GmailT;
  detected: DetectedGmailInvoice;
  /** Due date derived from the payment terms when the message states none. */
  suggestedDueDate: string | null;
  account: number;
  /** Local calendar day: an invoice due before it is late, and « Où en êtes-vous ? » is asked. */
  today: string;
  onSubmit: (request: Omit<TrackFromGmail, 'fileRef'>) => Promise<string | null>;
  onCancel: () => void;
}

/** « Suivre »: what was found, pre-filled, for the user to confirm or correct. */
export function TrackForm({
  t,
  detected,
  suggestedDueDate,
  account,
  today,
  onSubmit,
  onCancel,
}: TrackFormProps) {
  const [number, setNumber] = useState(detected.number ?? '');
  const [amount, setAmount] = useState(
    detected.totalCents !== null ? formatDecimal(detected.totalCents, '') : '',
  );
  const [issueDate, setIssueDate] = useState(detected.issueDate ?? '');
  const [dueDate, setDueDate] = useState(detected.dueDate ?? suggestedDueDate ?? '');
  const [clientName, setClientName] = useState(detected.clientName ?? '');
  const [email, setEmail] = useState(detected.clientEmail ?? '');
  const [kind, setKind] = useState<ClientKind | null>(detected.clientKindGuess);
  const [addressing, setAddressing] = useState<'tu' | 'vous'>('vous');
  // Pre-checked when the attached PDF states them (core/sites/gmail/merge-pdf.ts).
  const [rate, setRate] = useState(detected.penaltyMention === true);
  const [indemnity, setIndemnity] = useState(detected.indemnityMention === true);
  // The rate with its kind as the PDF states it (« trois fois le taux d'intérêt légal »).
  const readRate: ContractualRate | null =
    detected.contractualRate ??
    (detected.penaltyRatePercent != null ? { kind: 'fixed', percent: detected.penaltyRatePercent } : null);
  const [contractualRate, setContractualRate] = useState<ContractualRate | null | 'invalid'>(readRate);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Pre-filled from the user's own later messages in the thread (core/sites/gmail/whereabouts).
  const [where, setWhere] = useState(detected.whereabouts ?? NOTHING_YET);
  const late = dueDate !== '' && dueDate < today;

  async function submit(e: Event) {
    e.preventDefault();
    if (!e.isTrusted) return;
    const cents = parseAmount(amount);
    const missing = [
      !number.trim() && t('gmail.number'),
      (cents === null || cents <= 0) && t('gmail.amount'),
      !dueDate && t('gmail.dueDate'),
      !clientName.trim() && t('gmail.client'),
      !kind && t('gmail.kind'),
      contractualRate === 'invalid' && rateT(detected.language)('rateKind.legend'),
    ].filter(Boolean);
    if (missing.length > 0 || cents === null || !kind || contractualRate === 'invalid') {
      setError(t('gmail.required', { fields: missing.join(', ') }));
      return;
    }
    setBusy(true);
    try {
      const problem = await onSubmit({
        threadId: detected.threadId,
        messageId: detected.messageId,
        account,
        number: number.trim(),
        totalCents: cents,
        currency: detected.currency ?? 'EUR',
        issueDate: issueDate || null,
        dueDate,
        paymentTerms: detected.paymentTerms,
        clientName: clientName.trim(),
        clientEmail: email.trim() || null,
        clientKind: kind,
        addressing,
        contactFirstName: detected.contactFirstName,
        clientSignature: detected.clientSignature ?? null,
        language: detected.language,
        mentions: { dueDate: Boolean(detected.dueDate), penaltyRate: rate, recoveryIndemnity: indemnity },
        contractualRatePercent: legacyRatePercent(contractualRate),
        contractualRate,
        ...(late && { whereabouts: where }),
      });
      if (problem) setError(t('gmail.error', { message: problem }));
    } finally {
      setBusy(false);
    }
  }

  const field = (label: string, value: string, set: (v: string) => void, type = 'text', name = label) => (
    <label class="field">
      <span>{label}</span>
      <input type={type} value={value} name={name} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );

  return (
    <form class="track-form" onSubmit={submit} aria-label={t('gmail.trackTitle')} data-testid="track-form">
      <div class="grid">
        {field(t('gmail.number'), number, setNumber, 'text', 'number')}
        {field(t('gmail.amount'), amount, setAmount, 'text', 'amount')}
        {field(t('gmail.issueDate'), issueDate, setIssueDate, 'date', 'issueDate')}
        {field(t('gmail.dueDate'), dueDate, setDueDate, 'date', 'dueDate')}
        {field(t('gmail.client'), clientName, setClientName, 'text', 'client')}
        {field(t('gmail.email'), email, setEmail, 'email', 'email')}
      </div>
      <fieldset>
        <legend>{t('gmail.kindAsk')}</legend>
        {(['pro', 'particulier'] as const).map((k) => (
          <label key={k} class="choice">
            <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />{' '}
            {t(`gmail.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('gmail.addressing')}</legend>
        {(['vous', 'tu'] as const).map((a) => (
          <label key={a} class="choice">
            <input
              type="radio"
              name="addressing"
              checked={addressing === a}
              onChange={() => setAddressing(a)}
            />{' '}
            {t(`gmail.${a}`)}
          </label>
        ))}
      </fieldset>
      {kind !== 'particulier' && (
        <fieldset>
          <legend>{t('gmail.mentionsAsk')}</legend>
          <label class="choice">
            <input type="checkbox" checked={rate} onChange={(e) => setRate(e.currentTarget.checked)} />{' '}
            {t('gmail.mentionRate')}
          </label>
          <label class="choice">
            <input
              type="checkbox"
              checked={indemnity}
              onChange={(e) => setIndemnity(e.currentTarget.checked)}
            />{' '}
            {t('gmail.mentionIndemnity')}
          </label>
        </fieldset>
      )}
      <RateKindField lang={detected.language} name="track" initial={readRate} onChange={setContractualRate} />
      {late && (
        <WhereaboutsField
          lang={detected.language}
          value={where}
          onChange={setWhere}
          today={today}
          name="track"
        />
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('gmail.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('gmail.cancel')}
        </button>
      </div>
    </form>
  );
}
