/**
 * The invoice page's totals (issue #20): principal + interest + the 40 € = total claimed, with
 * every part that is not claimed kept on the page, struck out, with its reason. The total is
 * the sum of the claimed parts, so the page never shows interest and a total that ignores it.
 */
import type { Claim, TimelineSummary } from '../dunning';
import { RECOVERY_INDEMNITY_CENTS } from '../law/penalty-input';
import type { ClientKind, Invoice, InvoiceEvent, IsoDate, Scenario, ScenarioStep } from '../model';

export type NotClaimed =
  | 'proceedings'
  | 'consumer-indemnity'
  | 'consumer-interest'
  | 'interest-mention'
  | 'indemnity-mention'
  /** Owed, but the scenario claims penalties only from a later step. */
  | 'later-step';

export interface TotalPart {
  part: 'interest' | 'indemnity';
  cents: number;
  claimed: boolean;
  why: NotClaimed | null;
  /** The 40 € of an invoice in another currency: in euros, claimed on top of the total. */
  separate: boolean;
}

export interface Totals {
  invoicedCents: number;
  paidCents: number;
  /** What is left of the invoice itself. */
  principalCents: number;
  parts: TotalPart[];
  /** principal + every claimed part counted in the invoice's currency. */
  claimedCents: number;
  /** The step from which the scenario claims penalties (for the « later step » reason). */
  claimFrom: ScenarioStep | null;
}

/**
 * The step from which a scenario claims the penalties and the 40 €: the one the user chose
 * (`penaltiesFromStepId`, added to the scenario by the template editor of issue #20, read here
 * when present), else the formal notice, else the court step, else the last step. Same default
 * as the reminders' texts (core/templates), so the page and the letters agree.
 */
export function penaltiesClaimedFrom(scenario: Scenario & { penaltiesFromStepId?: string | null }): number {
  const chosen = scenario.penaltiesFromStepId
    ? scenario.steps.findIndex((s) => s.id === scenario.penaltiesFromStepId)
    : -1;
  if (chosen >= 0) return chosen;
  const notice = scenario.steps.findIndex((s) => s.action === 'formal_notice');
  if (notice >= 0) return notice;
  const court = scenario.steps.findIndex((s) => s.action === 'court_filing');
  return court >= 0 ? court : scenario.steps.length - 1;
}

/** The claim step is reached: done (or a later one), due today, or a formal notice was sent. */
function claimStepReached(
  scenario: Scenario,
  timeline: TimelineSummary,
  nextStepIndex: number | null,
): boolean {
  if (timeline.formalNoticeOn) return true;
  const from = penaltiesClaimedFrom(scenario);
  if (nextStepIndex !== null && nextStepIndex >= from) return true;
  return scenario.steps.some(
    (s, i) => i >= from && timeline.doneSteps.has(s.id) && !timeline.doneSteps.get(s.id)?.skipped,
  );
}

export interface TotalsInput {
  invoice: Pick<Invoice, 'totalCents' | 'amountDueCents' | 'currency' | 'mentions'>;
  clientKind: ClientKind;
  claim: Claim;
  timeline: TimelineSummary;
  scenario: Scenario;
  /** The step the engine makes due today, if any. */
  nextStepIndex: number | null;
  daysLate: number;
}

export function invoiceTotals(input: TotalsInput): Totals {
  const { invoice, clientKind, claim, timeline, scenario } = input;
  const proceedings = Boolean(timeline.proceedings);
  const reached = claimStepReached(scenario, timeline, input.nextStepIndex);
  const inEuros = invoice.currency === 'EUR';
  const parts: TotalPart[] = [];
  // Nothing runs before the due date: no part to show, claimed or not.
  if (input.daysLate > 0) {
    const interestWhy: NotClaimed | null = proceedings
      ? 'proceedings'
      : clientKind === 'particulier' && claim.penalties.interestCents === 0
        ? 'consumer-interest'
        : claim.penalties.interestCents > 0 && claim.interestCents === 0
          ? 'interest-mention'
          : reached
            ? null
            : 'later-step';
    parts.push({
      part: 'interest',
      cents: claim.penalties.interestCents,
      claimed: interestWhy === null,
      why: interestWhy,
      separate: false,
    });
    const indemnityWhy: NotClaimed | null = proceedings
      ? 'proceedings'
      : clientKind === 'particulier'
        ? 'consumer-indemnity'
        : claim.indemnityCents === 0
          ? 'indemnity-mention'
          : reached
            ? null
            : 'later-step';
    parts.push({
      part: 'indemnity',
      // A consumer never owes it: shown at its legal amount, struck out, so the user sees why.
      cents: claim.penalties.indemnityCents || RECOVERY_INDEMNITY_CENTS,
      claimed: indemnityWhy === null,
      why: indemnityWhy,
      separate: !inEuros,
    });
  }
  const claimedCents =
    claim.outstandingCents + parts.reduce((sum, p) => sum + (p.claimed && !p.separate ? p.cents : 0), 0);
  return {
    invoicedCents: invoice.amountDueCents,
    paidCents: timeline.paidCents,
    principalCents: claim.outstandingCents,
    parts,
    claimedCents,
    claimFrom: scenario.steps[penaltiesClaimedFrom(scenario)] ?? null,
  };
}

/** How a payment came in, for a paid invoice's page. */
export interface PaymentLine {
  date: IsoDate;
  amountCents: number;
  /** The day it was written down (createdAt), in the user's calendar. */
  recordedOn: IsoDate;
  bank: { file: string; label: string } | null;
  note: string;
}

export function paymentLines(events: readonly InvoiceEvent[]): PaymentLine[] {
  return events.flatMap((e) =>
    e.type === 'payment'
      ? [
          {
            date: e.date,
            amountCents: e.amountCents,
            recordedOn: e.createdAt.slice(0, 10),
            bank: e.bank ? { file: e.bank.file, label: e.bank.label } : null,
            note: e.note,
          },
        ]
      : [],
  );
}
