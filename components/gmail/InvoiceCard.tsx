import { useState } from 'preact/hooks';
import { daysBetween, formatDate } from '../../core/dates';
import type { TrackedView, TrackFromGmail } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { DetectedGmailInvoice } from '../../core/sites/gmail/types';
import type { GmailLang, GmailT } from './strings';
import { TrackForm } from './TrackForm';

export interface InvoiceCardProps {
  lang: GmailLang;
  t: GmailT;
  detected: DetectedGmailInvoice | null;
  tracked: TrackedView | null;
  suggestedDueDate: string | null;
  account: number;
  paymentReply: boolean;
  today: string;
  onTrack: (request: Omit<TrackFromGmail, 'fileRef'>) => Promise<string | null>;
  onMarkPaid: (e: Event) => void;
  /** « Pas encore reçu »: the announced transfer holds the reminders (issue #17). */
  onHoldForMoney?: (e: Event) => void;
  /** What « Relancer » could not do, or that the attached PDF could not be read. */
  notice?: string | null;
  /** Set: the notice offers to grant Gmail's attachment host (« Autoriser la lecture des PDF… »). */
  onGrant?: (() => void) | null;
  /** « Annuler » for the newest action on this invoice: its words and the seconds left. */
  undo?: { text: string; seconds: number } | null;
  onUndo?: (e: Event) => void;
  /** Said once « Annuler » worked (« Action annulée. »). */
  undone?: string | null;
}

/** The compact card under the subject. Every value is rendered as text by Preact. */
export function InvoiceCard(props: InvoiceCardProps) {
  const { lang, t, detected, tracked } = props;
  const [open, setOpen] = useState(false);
  if (tracked) return <TrackedCard {...props} tracked={tracked} />;
  if (!detected) return null;
  const parts = [
    `${t('gmail.invoice')} ${detected.number ?? '?'}`,
    detected.totalCents !== null ? formatMoney(detected.totalCents, detected.currency ?? 'EUR', lang) : null,
    detected.dueDate ? `${t('gmail.due')} ${formatDate(detected.dueDate, lang)}` : null,
  ].filter(Boolean);
  return (
    <section class="card" data-testid="echeance-card" aria-label={t('gmail.trackTitle')}>
      <div class="line">
        <span class="summary" data-testid="card-summary">
          {parts.join(' · ')}
        </span>
        {!open && (
          <button type="button" class="primary" onClick={() => setOpen(true)}>
            {t('gmail.track')}
          </button>
        )}
      </div>
      {props.notice && (
        // Informative, not an error: the card still works with the email's values.
        <p class="status" data-testid="card-notice">
          {props.notice}
          {props.onGrant && (
            <button type="button" onClick={(e) => e.isTrusted && props.onGrant?.()}>
              {t('gmail.grant')}
            </button>
          )}
        </p>
      )}
      {open && (
        <TrackForm
          // Remounted once the attached PDF has been read, so its values pre-fill the form.
          key={detected.penaltyMention === undefined ? 'email' : 'pdf'}
          t={t}
          detected={detected}
          suggestedDueDate={props.suggestedDueDate}
          account={props.account}
          today={props.today}
          onSubmit={props.onTrack}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
}

function TrackedCard({
  lang,
  t,
  tracked,
  today,
  paymentReply,
  onMarkPaid,
  onHoldForMoney,
  notice,
  undo,
  onUndo,
  undone,
}: InvoiceCardProps & { tracked: TrackedView }) {
  const paid = tracked.status === 'paid';
  const toDue = daysBetween(today, tracked.dueDate);
  const timing = paid
    ? t('gmail.paid')
    : tracked.daysLate > 1
      ? t('gmail.late', { n: tracked.daysLate })
      : tracked.daysLate === 1
        ? t('gmail.lateOne')
        : toDue === 0
          ? t('gmail.dueToday')
          : toDue === 1
            ? t('gmail.notDueOne')
            : t('gmail.notDue', { n: toDue });
  return (
    <section class={`card ${paid ? 'paid' : tracked.daysLate > 0 ? 'late' : ''}`} data-testid="echeance-card">
      <div class="line">
        <span class="summary" data-testid="card-summary">
          {[
            `${t('gmail.invoice')} ${tracked.number}`,
            formatMoney(tracked.outstandingCents, tracked.currency, lang),
            `${t('gmail.due')} ${formatDate(tracked.dueDate, lang)}`,
          ].join(' · ')}
        </span>
      </div>
      <div class="status" data-testid="card-status">
        <strong>{timing}</strong>
        {!paid && ` — ${tracked.next}`}
      </div>
      {paymentReply && !paid && (
        <div class="line hint" data-testid="paid-hint">
          <span>{t('gmail.markPaid')}</span>
          <button type="button" onClick={onMarkPaid}>
            {t('gmail.markPaidYes')}
          </button>
          {onHoldForMoney && tracked.status !== 'promised' && (
            <button type="button" data-testid="hold-for-money" onClick={onHoldForMoney}>
              {t('gmail.holdForMoney')}
            </button>
          )}
        </div>
      )}
      {undo && (
        <div class="line hint" role="status" data-testid="card-undo">
          <span>{undo.text}</span>
          <button type="button" onClick={onUndo} data-testid="card-undo-button">
            {t('gmail.undo')} {t('gmail.undoLeft', { seconds: undo.seconds })}
          </button>
        </div>
      )}
      {notice && (
        <p class="error" role="alert">
          {notice}
        </p>
      )}
      {undone && (
        <p class="status" role="status" data-testid="card-undone">
          {undone}
        </p>
      )}
      {tracked.warnings.length > 0 && !paid && (
        <details class="warnings">
          <summary>
            {t('gmail.warnings')} ({tracked.warnings.length})
          </summary>
          <ul>
            {tracked.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
