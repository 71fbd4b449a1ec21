import { useEffect, useState } from 'preact/hooks';
import { mainPanel } from '../../core/app/action-view';
import { formatDate } from '../../core/dates';
import type { EcheanceDb } from '../../core/db';
import type { IsoDate } from '../../core/model';
import { parseAmount } from '../../core/money';
import type { Send } from '../../core/protocol';
import { useBaseT as useT } from '../i18n/base';
import { CallPanel } from './CallPanel';
import { type DocumentKind, DocumentPanel } from './DocumentPanel';
import { record } from './events';
import { LateChargesPanel } from './LateChargesPanel';
import { MoreActions } from './MoreActions';
import { PaidDialog } from './PaidDialog';
import { PromiseNotice } from './PromiseConfirmLink';
import { RoutesPanel } from './RoutesPanel';
import { RowMenu } from './RowMenu';
import { useCase } from './use-case';

type Mode = null | 'composed' | 'call' | 'partial' | 'paid' | 'more' | DocumentKind;

interface InvoiceActionsProps {
  db: EcheanceDb;
  send: Send;
  invoiceId: string;
  today: IsoDate;
  /**
   * 'page' (default): every action, today's step first, and the rarer ones under « Plus ».
   * 'row': a popup row opened by its verb (`start: 'main'`, the verb's action runs) or by « ⋯ »
   * (`start: 'more'`, the other actions: RowMenu).
   */
  place?: 'page' | 'row';
  start?: 'main' | 'more';
  /** Counts the presses of the row's verb: each one runs it again. */
  press?: number;
  /** The invoice's page, linked from the row's menu. */
  invoiceHref?: string;
}

/**
 * Everything one can do about an invoice, today's step first: write the reminder, call, send
 * the letter or the formal notice, record a payment, and the rarer moves under « Plus ».
 */
export function InvoiceActions(props: InvoiceActionsProps) {
  const { db, send, invoiceId, today, place = 'page', start } = props;
  const { t, lang } = useT();
  const live = useCase(db, invoiceId, today);
  const [mode, setMode] = useState<Mode>(null);
  const loaded = Boolean(live);
  // A row opened by its verb runs it once the case is read; opened by « ⋯ », it shows the menu.
  useEffect(() => {
    if (place !== 'row' || !live) return;
    setMessage(null);
    if (start !== 'main') return setMode(null);
    const main = mainPanel(live.action);
    if (main === 'compose') void compose();
    else setMode(main === 'routes' ? null : main);
  }, [place, start, props.press, loaded]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [covers, setCovers] = useState<{ invoiceId: string; stepId: string; template: string }[]>([]);
  if (!live) return null;
  const { kase, action } = live;
  const step = action.kind === 'step' ? action.step : null;
  const closed = action.kind === 'none' && (action.reason === 'paid' || action.reason === 'written_off');
  const primary = step?.action ?? null;

  const done = (error: string | null) => {
    setMessage(
      error ? { ok: false, text: t('act.error', { message: error }) } : { ok: true, text: t('act.done') },
    );
    if (!error) setMode(null);
  };
  const toggle = (m: Mode) => setMode(mode === m ? null : m);

  async function compose() {
    const answer = await send('reminder/open', { invoiceId });
    if (!answer.ok) return done(answer.error.message);
    // Inside Gmail the send is seen by the content script; elsewhere the user tells us.
    if (kase.invoice.origin.kind !== 'gmail' && !answer.data.followed) {
      setCovers(answer.data.covers);
      setMode('composed');
    }
  }

  /** Every invoice the reminder covered records its step (one e-mail may chase several). */
  async function recordSent(): Promise<string | null> {
    const [main] = covers;
    if (!main) return null;
    const answer = await send('reminder/sent', { ...main, threadId: null, covers });
    return answer.ok ? null : answer.error.message;
  }

  const cls = (a: string) => (primary === a ? '' : 'secondary');
  // Paid late: the interest and the 40 € the delay made due can still be invoiced (issue #14).
  if (closed)
    return action.kind === 'none' && action.reason === 'paid' ? (
      <LateChargesPanel live={live} send={send} today={today} />
    ) : null;
  return (
    <div class="invoice-actions" data-testid="invoice-actions">
      {action.kind === 'declare-claim' && (
        <p class="notice">
          {t('act.claimDeadline', { date: formatDate(action.deadline, lang) })}{' '}
          <button type="button" onClick={() => toggle('claim')} data-testid="act-claim">
            {t('act.claimPdf')}
          </button>
        </p>
      )}
      {action.kind === 'wait' && action.reason === 'promise' && (
        <PromiseNotice live={live} promise={action.promise} today={today} />
      )}
      {action.kind === 'wait' && action.reason === 'dispute' && (
        <p class="notice">{t('act.disputeGuidance')}</p>
      )}
      {place === 'row' ? (
        start === 'more' && (
          <RowMenu
            live={live}
            send={send}
            today={today}
            invoiceHref={props.invoiceHref}
            onPanel={(panel) => (panel === 'compose' ? void compose() : setMode(panel))}
            onDone={done}
          />
        )
      ) : (
        <div class="actions">
          {(primary === 'email' || primary === 'formal_notice' || !primary) && (
            <button
              type="button"
              class={cls('email')}
              onClick={compose}
              disabled={!step}
              data-testid="act-compose"
            >
              {t('act.compose')}
            </button>
          )}
          <button type="button" class={cls('phone')} onClick={() => toggle('call')} data-testid="act-call">
            {t('act.call')}
          </button>
          <button
            type="button"
            class={cls('formal_notice')}
            onClick={() => toggle('formal_notice')}
            data-testid="act-formal-notice"
          >
            {t('act.formalNotice')}
          </button>
          <button
            type="button"
            class={primary === 'letter' || primary === 'registered_letter' ? '' : 'secondary'}
            onClick={() => toggle('letter')}
            data-testid="act-letter"
          >
            {t('act.letter')}
          </button>
          {action.kind === 'wait' && action.reason === 'payment-plan' && (
            <button type="button" class="secondary" onClick={() => toggle('plan')} data-testid="act-plan-pdf">
              {t('act.planPdf')}
            </button>
          )}
          <button
            type="button"
            class="secondary"
            // Issue #20: asks the day and the amount (PaidDialog) instead of paying today at once.
            onClick={() => toggle('paid')}
            data-testid="act-paid"
          >
            {t('act.paid')}
          </button>
          <button type="button" class="secondary" onClick={() => toggle('partial')} data-testid="act-partial">
            {t('act.partial')}
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => toggle('more')}
            aria-expanded={mode === 'more'}
            data-testid="act-more"
          >
            {t('act.more')}
          </button>
        </div>
      )}
      {/* Court step, or an open dispute: the routes that fit this case (issue #15). */}
      {(primary === 'court_filing' || (action.kind === 'wait' && action.reason === 'dispute')) &&
        (place === 'page' || start === 'main') && (
          <RoutesPanel
            live={live}
            send={send}
            today={today}
            onKit={() => setMode('kit')}
            onError={(m) => setMessage({ ok: false, text: t('act.error', { message: m }) })}
          />
        )}
      {mode === 'composed' && step && (
        <p class="notice" role="status">
          {t('act.composed')}{' '}
          <button type="button" data-testid="act-composed-yes" onClick={async () => done(await recordSent())}>
            {t('act.composedYes')}
          </button>
        </p>
      )}
      {mode === 'paid' && <PaidDialog live={live} send={send} today={today} onDone={done} />}
      {mode === 'call' && <CallPanel live={live} send={send} today={today} onDone={done} />}
      {(mode === 'letter' ||
        mode === 'formal_notice' ||
        mode === 'kit' ||
        mode === 'plan' ||
        mode === 'claim') && (
        <DocumentPanel db={db} live={live} send={send} today={today} kind={mode} onDone={done} />
      )}
      {mode === 'partial' && (
        <form
          class="inline-form"
          data-testid="partial-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const cents = parseAmount(amount);
            if (cents === null || cents <= 0) return done(t('act.amount'));
            done(await record(send, invoiceId, 'payment', paidOn, { amountCents: cents }));
          }}
        >
          <label>
            {t('act.amount')}{' '}
            <input
              value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)}
              inputMode="decimal"
              data-testid="partial-amount"
            />
          </label>
          <label>
            {t('act.date')}{' '}
            <input type="date" value={paidOn} max={today} onInput={(e) => setPaidOn(e.currentTarget.value)} />
          </label>
          <button type="submit" data-testid="partial-save">
            {t('menu.partialSave')}
          </button>
        </form>
      )}
      {mode === 'more' && <MoreActions live={live} send={send} today={today} onDone={done} />}
      {message && (
        <p class={message.ok ? 'muted' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
