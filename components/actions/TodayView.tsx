import { useState } from 'preact/hooks';
import { formatDate } from '../../core/dates';
import type { EcheanceDb } from '../../core/db/database';
import type { DueSummary } from '../../core/db/overview-row';
import { stepName } from '../../core/dunning/describe';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { useBaseT as useT } from '../i18n/base';
import { lazyComponent } from '../lazy';
import { useFirstRenderMark } from '../perf-mark';

/** The actions load when a row opens (they bring the engine, zod and the documents' loaders). */
const InvoiceActions = lazyComponent(async () => (await import('./InvoiceActions')).InvoiceActions);
/** Started when the pointer or the focus reaches a row, so the actions are there on click. */
const prefetchActions = () => {
  InvoiceActions.preload().catch(() => undefined); // a failure shows when the row opens
};

/**
 * Today's actions, most severe first (core/dunning/today.ts says the order), each one click away.
 * Shows the list it is given, without reading the database: the popup paints it before Dexie
 * is loaded (`db` arrives just after, for the actions of a row), TodayList reads it live.
 */
export function TodayView({
  db,
  send,
  today,
  onOpenInvoice,
  due,
  total,
}: {
  /** Undefined for the few milliseconds before the popup has opened the database. */
  db: EcheanceDb | undefined;
  send: Send;
  today: IsoDate;
  onOpenInvoice?: (invoiceId: string) => void;
  /** Undefined while it is being read. */
  due: DueSummary[] | undefined;
  /** How many are due in all (`due` may be the head of the list). */
  total: number;
}) {
  const { t } = useT();
  const [limit, setLimit] = useState(TODAY_PAGE);
  const [open, setOpen] = useState<string | null>(null);
  useFirstRenderMark('today', Boolean(due));
  if (!due) return null;
  return (
    <section aria-labelledby="today-title" class="today">
      <h2 id="today-title">
        {t('today.title')} <span class="muted">· {t('today.count', { count: total })}</span>
      </h2>
      {due.length === 0 ? (
        <p class="muted" data-testid="today-empty">
          {t('today.empty')}
        </p>
      ) : (
        <ul class="today-list" data-testid="today-list">
          {due.slice(0, limit).map((d) => (
            <TodayRow
              key={d.invoiceId}
              due={d}
              expanded={open === d.invoiceId}
              onToggle={() => setOpen(open === d.invoiceId ? null : d.invoiceId)}
              onOpenInvoice={onOpenInvoice}
            >
              {db && <InvoiceActions db={db} send={send} invoiceId={d.invoiceId} today={today} />}
            </TodayRow>
          ))}
        </ul>
      )}
      {total > due.length && due.length <= limit && onOpenInvoice === undefined && (
        <p class="muted">{t('today.rest', { count: total - due.length })}</p>
      )}
      {due.length > limit && (
        <button type="button" class="secondary" onClick={() => setLimit(limit + TODAY_PAGE)}>
          {t('today.showMore', { count: Math.min(TODAY_PAGE, due.length - limit) })}
        </button>
      )}
    </section>
  );
}

/** Rows shown at once; a long list grows on demand instead of rendering thousands. */
const TODAY_PAGE = 30;

function TodayRow({
  due,
  expanded,
  onToggle,
  onOpenInvoice,
  children,
}: {
  due: DueSummary;
  expanded: boolean;
  onToggle: () => void;
  onOpenInvoice?: (invoiceId: string) => void;
  children: preact.ComponentChildren;
}) {
  const { t, lang } = useT();
  const what =
    due.stepAction && due.stepTone
      ? [stepName(due.stepAction, due.stepTone, lang), t(`channel.${due.stepAction}`)]
          .filter((part, i, all) => all.indexOf(part) === i)
          .join(' · ')
      : t('today.claim', { date: due.deadline ? formatDate(due.deadline, lang) : '' });
  const late = due.daysLate;
  return (
    <li class="today-row" data-testid="today-row" data-number={due.number}>
      <button
        type="button"
        class="row-head"
        aria-expanded={expanded}
        onClick={onToggle}
        onPointerEnter={prefetchActions}
        onFocus={prefetchActions}
      >
        <span class="client">{due.clientName}</span>
        <span class="number">{due.number}</span>
        <span class="num">{formatMoney(due.outstandingCents, due.currency, lang)}</span>
        <span class="tag tag-late">
          {late > 0 ? t('invoice.late', { days: late }) : t('invoice.dueToday')}
        </span>
        <span class="step" data-testid="today-step">
          {what}
          {due.lateOnPlan && <em> · {t('today.lateOnPlan')}</em>}
        </span>
      </button>
      {onOpenInvoice && (
        <a href={`#invoice/${due.invoiceId}`} onClick={() => onOpenInvoice(due.invoiceId)} class="open-link">
          {due.number}
        </a>
      )}
      {expanded && children}
    </li>
  );
}
