/**
 * Budget: nextAction + computePenalties over 10 000 invoices with mixed histories ≤ 50 ms
 * (the background replans every invoice after each write and at startup).
 */
import { performance } from 'node:perf_hooks';
import { addDays } from '../../core/dates';
import {
  nextActionFromTimeline,
  PRESET_SCENARIOS,
  penaltyInputFor,
  summarizeTimeline,
} from '../../core/dunning';
import { computePenalties } from '../../core/law';
import {
  type Client,
  ClientSchema,
  EventSchema,
  type Invoice,
  type InvoiceEvent,
  InvoiceSchema,
  type Scenario,
} from '../../core/model';
import type { BenchFigure, BenchSuite } from './types';

const INVOICES = 10_000;
const BUDGET_MS = 50;
const NOW = '2026-06-15';

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Case {
  invoice: Invoice;
  client: Client;
  events: InvoiceEvent[];
  scenario: Scenario;
}

export function generate(): Case[] {
  const rand = random(20_260_615);
  const int = (max: number) => Math.floor(rand() * max);
  const clients = [
    ClientSchema.parse({ id: 'pro', name: 'Pro', kind: 'pro' }),
    ClientSchema.parse({ id: 'part', name: 'Particulier', kind: 'particulier' }),
    ClientSchema.parse({
      id: 'rj',
      name: 'En redressement',
      kind: 'pro',
      proceedings: { kind: 'redressement', bodaccDate: '2026-05-01' },
    }),
  ];
  const cases: Case[] = [];
  for (let i = 0; i < INVOICES; i++) {
    const dueDate = addDays(NOW, -int(700) + 30);
    const amount = 5_000 + int(2_000_000);
    const id = `inv-${i}`;
    const invoice = InvoiceSchema.parse({
      id,
      number: `F-${i}`,
      clientId: 'pro',
      issueDate: addDays(dueDate, -30),
      dueDate,
      totalCents: amount,
      amountDueCents: amount,
      outstandingCents: amount,
      contractualRatePercent: int(3) === 0 ? 12 : null,
      origin: { kind: 'manual' },
      createdAt: '2026-01-01T00:00:00Z',
    });
    const scenario = PRESET_SCENARIOS[i % PRESET_SCENARIOS.length]!;
    const events: InvoiceEvent[] = [];
    const base = { invoiceId: id, createdAt: '2026-01-01T00:00:00Z', note: '' };
    const doneSteps = int(scenario.steps.length + 1);
    for (const step of scenario.steps.slice(0, doneSteps)) {
      const date = addDays(dueDate, step.offsetDays);
      events.push({
        ...base,
        id: `${id}-${step.id}`,
        date,
        type: 'reminder_sent',
        stepId: step.id,
        channel: 'email',
        template: step.template,
        gmailThreadId: null,
        gmailMessageId: null,
      });
    }
    for (let p = int(3); p > 0; p--) {
      events.push({
        ...base,
        id: `${id}-p${p}`,
        date: addDays(dueDate, int(120) - 20),
        type: 'payment',
        amountCents: 1 + int(amount / 2),
      });
    }
    const extra = int(10);
    if (extra === 0)
      events.push({ ...base, id: `${id}-d`, date: addDays(dueDate, 10), type: 'dispute_opened' });
    if (extra === 1)
      events.push({
        ...base,
        id: `${id}-c`,
        date: addDays(dueDate, 16),
        type: 'call',
        stepId: null,
        outcome: 'promise',
        promisedDate: addDays(dueDate, 40),
      });
    if (extra === 2)
      events.push({
        ...base,
        id: `${id}-plan`,
        date: addDays(dueDate, 20),
        type: 'payment_plan',
        installments: [1, 2, 3].map((m) => ({
          date: addDays(dueDate, 30 * m),
          amountCents: Math.ceil(amount / 3),
        })),
      });
    if (extra === 3)
      events.push({
        ...base,
        id: `${id}-n`,
        date: addDays(dueDate, 45),
        type: 'formal_notice_sent',
        stepId: null,
        trackingNumber: null,
        deadlineDays: 8,
      });
    if (extra === 4)
      events.push({ ...base, id: `${id}-s`, date: NOW, type: 'snoozed', until: addDays(NOW, 3) });
    // Parsed like stored events, so objects have the shapes the database hands over.
    const parsed = events.map((e) => EventSchema.parse(e));
    cases.push({
      invoice,
      client: clients[i % 7 === 0 ? 1 : i % 50 === 0 ? 2 : 0]!,
      events: parsed,
      scenario,
    });
  }
  return cases;
}

function runOnce(cases: readonly Case[]): number {
  let checksum = 0;
  for (const c of cases) {
    const timeline = summarizeTimeline(c.events);
    const action = nextActionFromTimeline(c.invoice, c.client, timeline, c.scenario, NOW);
    const penalties = computePenalties(penaltyInputFor(c.invoice, c.client, timeline, NOW));
    checksum += penalties.totalCents + action.kind.length;
  }
  return checksum;
}

const rulesBench: BenchSuite = async () => {
  const cases = generate();
  for (let i = 0; i < 5; i++) runOnce(cases);
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const start = performance.now();
    runOnce(cases);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const figure: BenchFigure = {
    figure: 'nextAction + computePenalties, 10 000 invoices (median of 11)',
    measured: `${median.toFixed(1)} ms`,
    budget: `≤ ${BUDGET_MS} ms`,
    ok: median <= BUDGET_MS,
  };
  return [figure];
};

export default rulesBench;
