import type {
  Channel,
  Installment,
  Invoice,
  InvoiceEvent,
  IsoDate,
  ProceedingsKind,
  StepAction,
} from '../model';

export interface StepDone {
  date: IsoDate;
  /** A skipped step counts as done but was not an action the client saw. */
  skipped: boolean;
}

export interface HistoryEntry {
  date: IsoDate;
  channel: Channel | 'formal_notice' | 'court_filing';
}

export interface TimelineSummary {
  paidCents: number;
  payments: { date: IsoDate; amountCents: number }[];
  writtenOff: boolean;
  disputeOpen: boolean;
  everDisputed: boolean;
  proceedings: { kind: ProceedingsKind; bodaccDate: IsoDate } | null;
  claimDeclared: boolean;
  snoozedUntil: IsoDate | null;
  promise: { madeOn: IsoDate; promisedDate: IsoDate } | null;
  /** The latest « le virement est parti » (a call outcome or the client's e-mail), with the day the wait ends. */
  announced: { madeOn: IsoDate; until: IsoDate | null } | null;
  plan: { madeOn: IsoDate; installments: Installment[] } | null;
  doneSteps: Map<string, StepDone>;
  /**
   * Every action that can stand for a step, with the kind of step it is (null for a skip) and
   * the step it names, if any: core/dunning/steps-reached.ts places them on the scenario, so an
   * action of a later step moves the ladder there (issue #20).
   */
  actions: ActionDone[];
  formalNoticeOn: IsoDate | null;
  /** The days that first notice gave the client (its event's `deadlineDays`); null when unknown. */
  formalNoticeDeadlineDays: number | null;
  /** The acknowledgement of receipt recorded on or after the first notice (consumer interest
   *  runs from it, C. civ. 1231-6 and 1344-1); null when unknown. */
  formalNoticeReceivedOn: IsoDate | null;
}

export interface ActionDone {
  /** The kind of step this action is; null when it stands for no kind (a skip, an unanswered call). */
  action: StepAction | null;
  stepId: string | null;
  date: IsoDate;
  skipped?: true;
}

const key = (e: InvoiceEvent) => `${e.date}|${e.createdAt}`;
const latest = (a: string, b: string) => (b > a ? b : a);

function channelOf(e: InvoiceEvent): HistoryEntry['channel'] | null {
  switch (e.type) {
    case 'reminder_sent':
      return e.channel;
    case 'call':
      return 'phone';
    case 'letter_sent':
      return e.registered ? 'registered_letter' : 'letter';
    case 'formal_notice_sent':
      return 'formal_notice';
    case 'court_filing':
      return 'court_filing';
    default:
      return null;
  }
}

export function summarizeTimeline(events: readonly InvoiceEvent[]): TimelineSummary {
  const s: TimelineSummary = {
    paidCents: 0,
    payments: [],
    writtenOff: false,
    disputeOpen: false,
    everDisputed: false,
    proceedings: null,
    claimDeclared: false,
    snoozedUntil: null,
    promise: null,
    announced: null,
    plan: null,
    doneSteps: new Map(),
    actions: [],
    formalNoticeOn: null,
    formalNoticeDeadlineDays: null,
    formalNoticeReceivedOn: null,
  };
  let receipts: IsoDate[] | null = null; // rare: no array for most invoices
  let lastOpened = '';
  let lastResolved = '';
  let lastSnooze = '';
  let lastPromise = '';
  let lastPlan = '';
  // The event types that carry a step are recorded in their own case (stepDone), rather than by
  // testing every event for a `stepId`: events come in a dozen shapes, and that test was a
  // large part of replanning 10 000 invoices. tests/unit/dunning/timeline.test.ts checks that
  // every type whose schema has a stepId is recorded.
  for (const e of events) {
    switch (e.type) {
      case 'payment':
        s.paidCents += e.amountCents;
        s.payments.push({ date: e.date, amountCents: e.amountCents });
        break;
      case 'written_off':
        s.writtenOff = true;
        break;
      case 'dispute_opened':
        s.everDisputed = true;
        lastOpened = latest(lastOpened, key(e));
        break;
      case 'dispute_resolved':
        lastResolved = latest(lastResolved, key(e));
        break;
      case 'proceedings_opened':
        s.proceedings = { kind: e.kind, bodaccDate: e.bodaccDate };
        break;
      case 'claim_declared':
        s.claimDeclared = true;
        break;
      case 'snoozed': {
        const k = key(e);
        if (k > lastSnooze) {
          lastSnooze = k;
          s.snoozedUntil = e.until;
        }
        break;
      }
      case 'payment_plan': {
        const k = key(e);
        if (k > lastPlan) {
          lastPlan = k;
          s.plan = { madeOn: e.date, installments: e.installments };
        }
        break;
      }
      case 'formal_notice_sent':
        if (!s.formalNoticeOn || e.date < s.formalNoticeOn) {
          s.formalNoticeOn = e.date;
          s.formalNoticeDeadlineDays = e.deadlineDays ?? null;
        }
        stepDone(s.doneSteps, e.stepId, e.date, false);
        s.actions.push({ action: 'formal_notice', stepId: e.stepId, date: e.date });
        break;
      case 'receipt_acknowledged':
        if (receipts) receipts.push(e.date);
        else receipts = [e.date];
        break;
      case 'payment_announced':
        if (!s.announced || e.date >= s.announced.madeOn) {
          s.announced = { madeOn: e.date, until: e.promisedDate };
        }
        break;
      case 'call':
        // A client who disputes the invoice on the phone has opened a dispute.
        if (e.outcome === 'dispute') {
          s.everDisputed = true;
          lastOpened = latest(lastOpened, key(e));
        }
        if (e.outcome === 'claims_paid' && (!s.announced || e.date >= s.announced.madeOn)) {
          s.announced = { madeOn: e.date, until: e.promisedDate };
        }
        if (e.outcome === 'promise' && e.promisedDate) {
          const k = key(e);
          if (k > lastPromise) {
            lastPromise = k;
            s.promise = { madeOn: e.date, promisedDate: e.promisedDate };
          }
        }
        stepDone(s.doneSteps, e.stepId, e.date, false);
        // An unanswered call reached nobody: it keeps the step it names, it escalates nothing.
        s.actions.push({
          action: e.outcome === 'no_answer' ? null : 'phone',
          stepId: e.stepId,
          date: e.date,
        });
        break;
      case 'reminder_sent':
        stepDone(s.doneSteps, e.stepId, e.date, false);
        s.actions.push({ action: e.channel, stepId: e.stepId, date: e.date });
        break;
      case 'letter_sent':
        stepDone(s.doneSteps, e.stepId, e.date, false);
        s.actions.push({
          action: e.registered ? 'registered_letter' : 'letter',
          stepId: e.stepId,
          date: e.date,
        });
        break;
      case 'court_filing':
        stepDone(s.doneSteps, e.stepId, e.date, false);
        s.actions.push({ action: 'court_filing', stepId: e.stepId, date: e.date });
        break;
      case 'step_skipped':
        stepDone(s.doneSteps, e.stepId, e.date, true);
        s.actions.push({ action: null, stepId: e.stepId, date: e.date, skipped: true });
        break;
      default:
        break;
    }
  }
  s.disputeOpen = lastOpened > lastResolved;
  const notice = s.formalNoticeOn;
  if (notice && receipts) s.formalNoticeReceivedOn = receipts.filter((d) => d >= notice).sort()[0] ?? null;
  return s;
}

/** A real action outranks a skip; otherwise the earliest date the step was done is kept. */
function stepDone(done: Map<string, StepDone>, stepId: string | null, date: IsoDate, skipped: boolean): void {
  if (!stepId) return;
  const previous = done.get(stepId);
  if (!previous || (previous.skipped && !skipped) || (previous.skipped === skipped && date < previous.date)) {
    done.set(stepId, { date, skipped });
  }
}

/** Reminders the client received, oldest first (for « mes relances du … »); unanswered calls aside. */
export function reminderHistory(events: readonly InvoiceEvent[]): HistoryEntry[] {
  const history: HistoryEntry[] = [];
  for (const e of events) {
    const channel = channelOf(e);
    if (channel && !(e.type === 'call' && e.outcome === 'no_answer')) history.push({ date: e.date, channel });
  }
  return history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** What is still owed: the amount due at capture minus the payments recorded since. */
export function outstandingCents(
  invoice: Pick<Invoice, 'amountDueCents'>,
  events: readonly InvoiceEvent[],
): number {
  let paid = 0;
  for (const e of events) if (e.type === 'payment') paid += e.amountCents;
  return invoice.amountDueCents - paid;
}
