import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type RowPending, rowAmount, rowVerb } from '../../core/app/action-row';
import type { EcheanceDb } from '../../core/db/database';
import type { DueSummary } from '../../core/db/overview-row';
import type { IsoDate } from '../../core/model';
import type { Send } from '../../core/protocol';
import { useBaseT as useT } from '../i18n/base';
import { lazyComponent } from '../lazy';
import { useFirstRenderMark } from '../perf-mark';
import { RowFacts } from './RowFacts';

/** The actions load when a row opens (they bring the engine, zod and the documents' loaders). */
const InvoiceActions = lazyComponent(async () => (await import('./InvoiceActions')).InvoiceActions);
/** Started when the pointer or the focus reaches a row, so the actions are there on click. */
const prefetchActions = () => {
  InvoiceActions.preload().catch(() => undefined); // a failure shows when the row opens
};

/**
 * What opened a row: its verb (the main action runs; each press runs it again, e.g. a second
 * compose) or « ⋯ » (the other actions, a toggle).
 */
type Opened = { invoiceId: string; start: 'main' | 'more'; press: number } | null;

export interface TodayViewProps {
  /** Undefined for the few milliseconds before the popup has opened the database. */
  db: EcheanceDb | undefined;
  send: Send;
  today: IsoDate;
  onOpenInvoice?: (invoiceId: string) => void;
  /** Undefined while it is being read. */
  due: DueSummary[] | undefined;
  /** How many are due in all (`due` may be the head of the list). */
  total: number;
  /** Rows shown at once (the popup: what fits its 600 px); more on demand, or `restHref`. */
  pageSize?: number;
  /** Where the rest is listed (the popup links to the dashboard instead of growing). */
  restHref?: string;
  /** The popup: J/K and the arrows move between rows, the first row has the focus. */
  keyboard?: boolean;
  /** Reminders opened and not yet confirmed as sent, by invoice (the pending-confirmation store). */
  pending?: ReadonlyMap<string, RowPending>;
  /** How to open an invoice's page from the « ⋯ » menu (the popup: a dashboard link). */
  invoiceHref?: (invoiceId: string) => string;
}

/**
 * Today's actions, most severe first (core/dunning/today.ts says the order), one line each: the
 * verb is the button (« Relancer Agence Pixel — 2 800 € · J+73 »), « ⋯ » holds the rest, and the
 * second line says where things stand. Shows the list it is given, without reading the database:
 * the popup paints it before Dexie is loaded (`db` arrives just after), TodayList reads it live.
 */
export function TodayView(props: TodayViewProps) {
  const { db, send, today, due, total, pageSize = TODAY_PAGE, restHref, keyboard } = props;
  const { t } = useT();
  const [limit, setLimit] = useState(pageSize);
  const [open, setOpen] = useState<Opened>(null);
  const list = useRef<HTMLUListElement>(null);
  useFirstRenderMark('today', Boolean(due));
  useRowKeys(list, keyboard === true);
  if (!due) return null;
  const shown = due.slice(0, limit);
  const rest = total - shown.length;
  const press = (open?.press ?? 0) + 1;
  const runMain = (invoiceId: string) => setOpen({ invoiceId, start: 'main', press });
  const toggleMore = (invoiceId: string) =>
    setOpen(
      open?.invoiceId === invoiceId && open.start === 'more' ? null : { invoiceId, start: 'more', press },
    );
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
        <ul class="today-list" data-testid="today-list" ref={list}>
          {shown.map((d) => (
            <TodayRow
              key={d.invoiceId}
              due={d}
              today={today}
              opened={open?.invoiceId === d.invoiceId ? open.start : null}
              onMain={() => runMain(d.invoiceId)}
              onMore={() => toggleMore(d.invoiceId)}
              onOpenInvoice={props.onOpenInvoice}
              pending={props.pending?.get(d.invoiceId)}
            >
              {db && open?.invoiceId === d.invoiceId && (
                <InvoiceActions
                  db={db}
                  send={send}
                  invoiceId={d.invoiceId}
                  today={today}
                  place="row"
                  start={open.start}
                  press={open.press}
                  invoiceHref={props.invoiceHref?.(d.invoiceId)}
                />
              )}
            </TodayRow>
          ))}
        </ul>
      )}
      {rest > 0 && restHref && (
        <p class="today-rest">
          <a href={restHref} target="_blank" rel="noreferrer" data-testid="today-rest">
            {t('popup.restLink', { count: rest })}
          </a>
        </p>
      )}
      {!restHref && due.length > limit && (
        <button type="button" class="secondary" onClick={() => setLimit(limit + pageSize)}>
          {t('today.showMore', { count: Math.min(pageSize, due.length - limit) })}
        </button>
      )}
    </section>
  );
}

/** Rows shown at once on the dashboard; a long list grows on demand instead of rendering thousands. */
const TODAY_PAGE = 30;

function TodayRow({
  due,
  today,
  opened,
  onMain,
  onMore,
  onOpenInvoice,
  pending,
  children,
}: {
  due: DueSummary;
  today: IsoDate;
  opened: 'main' | 'more' | null;
  onMain: () => void;
  onMore: () => void;
  onOpenInvoice?: (invoiceId: string) => void;
  pending: RowPending | undefined;
  children: ComponentChildren;
}) {
  const { t, lang } = useT();
  const verb = rowVerb(due);
  const late = due.daysLate;
  return (
    <li class="today-row" data-testid="today-row" data-number={due.number}>
      <div class="row-line">
        <button
          type="button"
          class="row-main"
          data-testid="row-main"
          data-verb={verb}
          aria-pressed={opened === 'main'}
          onClick={onMain}
          onPointerEnter={prefetchActions}
          onFocus={prefetchActions}
        >
          <strong class="verb">{t(`row.verb.${verb}`)}</strong> <span class="client">{due.clientName}</span>
          <span class="muted">
            {' — '}
            <span class="num">{rowAmount(due.outstandingCents, due.currency, lang)}</span>
            {' · '}
            {late > 0 ? (
              // A string: a day count is never written with a thousands space.
              <span title={t('row.lateTitle', { count: late })}>{t('row.late', { days: String(late) })}</span>
            ) : (
              t('row.dueToday')
            )}
          </span>
        </button>
        <button
          type="button"
          class="row-more"
          data-testid="row-more"
          aria-expanded={opened === 'more'}
          aria-label={t('popup.otherActions', { client: due.clientName })}
          title={t('popup.otherActions', { client: due.clientName })}
          onClick={onMore}
          onPointerEnter={prefetchActions}
        >
          ⋯
        </button>
      </div>
      <RowFacts due={due} today={today} pending={pending}>
        {onOpenInvoice ? (
          <a
            href={`#invoice/${due.invoiceId}`}
            onClick={() => onOpenInvoice(due.invoiceId)}
            class="open-link"
          >
            {due.number}
          </a>
        ) : (
          <span class="number">{due.number}</span>
        )}
      </RowFacts>
      {children}
    </li>
  );
}

/**
 * J / ↓ and K / ↑ move the focus between the rows' verbs (Enter, a button's own key, then runs
 * it); the first row has the focus when the list first shows. Keys typed in a field are the
 * field's.
 */
function useRowKeys(list: { current: HTMLUListElement | null }, on: boolean): void {
  const focused = useRef(false);
  // Once, when the first rows are on screen, and only if nothing else has the focus yet. In a
  // task of its own: focusing lays the page out again (10–25 ms on the popup), which need not
  // hold up the other components' first effects (the popup's reads start there, issue #11).
  useEffect(() => {
    if (!on || focused.current) return;
    const first = list.current?.querySelector<HTMLButtonElement>('.row-main');
    if (!first) return;
    focused.current = true;
    const timer = setTimeout(() => {
      if (first.isConnected && first.ownerDocument.activeElement === first.ownerDocument.body)
        first.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  });
  useEffect(() => {
    if (!on) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=true]')) return;
      const step =
        e.key === 'j' || e.key === 'J' || e.key === 'ArrowDown'
          ? 1
          : e.key === 'k' || e.key === 'K' || e.key === 'ArrowUp'
            ? -1
            : 0;
      if (step === 0) return;
      const all = [...(list.current?.querySelectorAll<HTMLButtonElement>('.row-main') ?? [])];
      if (all.length === 0) return;
      const row = target?.closest('.today-row');
      const at = all.findIndex((b) => b.closest('.today-row') === row);
      const next =
        at < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, at + step));
      e.preventDefault();
      all[next]?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on]);
}
