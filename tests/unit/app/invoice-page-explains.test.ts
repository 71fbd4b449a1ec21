/**
 * Issue #20, « une page qui s'explique »: the invoice page's status line, its ladder in time
 * relative to today, totals that add up (with what is not claimed struck out and why), and a
 * paid invoice that shows its payment rather than penalties.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { type InvoicePageView, readInvoicePage } from '../../../core/app/invoice-page';
import { paymentSource, statusText, whenText, whyText } from '../../../core/app/invoice-page-text';
import { ScenarioSchema } from '../../../core/model';
import { aClient, anInvoice, done, on, paid } from '../dunning/builders';
import { seeded } from './seed';

// Due 2026-03-31: firm e-mail at J+30, formal notice at J+45, court at J+60.
const scenario = ScenarioSchema.parse({
  id: 'firm',
  name: 'Ferme',
  steps: [
    { id: 'j7', offsetDays: 7, action: 'email', template: 'email.courteous', tone: 'courteous' },
    { id: 'j30', offsetDays: 30, action: 'email', template: 'email.firm', tone: 'firm' },
    { id: 'j45', offsetDays: 45, action: 'formal_notice', template: 'formal_notice.formal', tone: 'formal' },
    { id: 'j60', offsetDays: 60, action: 'court_filing', template: 'court_filing.formal', tone: 'formal' },
  ],
});

async function page(today: string, rows: Parameters<typeof seeded>[0] = {}): Promise<InvoicePageView> {
  const db = await seeded({
    clients: [aClient({ scenarioId: 'firm' })],
    invoices: [anInvoice()],
    scenarios: [scenario],
    ...rows,
  });
  const view = await readInvoicePage(db, 'inv-1', today);
  if (!view) throw new Error('no page');
  return view;
}

const whens = (v: InvoicePageView, today: string, lang: 'fr' | 'en' = 'fr') =>
  v.when.map((w) => whenText(w, today, lang));

/** The page's own invariant: the total is the principal plus the claimed parts, nothing else. */
function addsUp(v: InvoicePageView) {
  const claimed = v.totals.parts.filter((p) => p.claimed && !p.separate).reduce((s, p) => s + p.cents, 0);
  expect(v.totals.claimedCents).toBe(v.totals.principalCents + claimed);
}

describe('the invoice page explains itself', () => {
  it('says in one line what to do today, with the days late; the ladder in relative time', async () => {
    const v = await page('2026-06-12', { events: [done('2026-04-07', 'j7')] });
    expect(v.status.kind).toBe('step');
    expect(statusText(v.status, '2026-06-12', 'fr')).toBe(
      'Relance ferme à envoyer aujourd’hui — 73 jours de retard',
    );
    expect(statusText(v.status, '2026-06-12', 'en')).toBe('Firm reminder to send today — 73 days late');
    // J+30 was due on 30/04: late by 43 days; J+45 and J+60 planned in the past wait for it.
    expect(whens(v, '2026-06-12')).toEqual([
      'fait le 07/04 par e-mail',
      'en retard de 43 j',
      'après l’étape précédente',
      'après l’étape précédente',
    ]);
    for (const text of whens(v, '2026-06-12')) expect(text).not.toMatch(/à venir/);
  });

  it('counts the days to a step that is still ahead', async () => {
    const v = await page('2026-04-10', { events: [done('2026-04-07', 'j7')] });
    expect(statusText(v.status, '2026-04-10', 'fr')).toBe(
      'Relance ferme prévue le 30/04, dans 20 j — 10 jours de retard',
    );
    expect(whens(v, '2026-04-10')).toEqual([
      'fait le 07/04 par e-mail',
      'dans 20 j',
      'dans 35 j',
      'dans 50 j',
    ]);
    expect(whens(v, '2026-04-10', 'en')[1]).toBe('in 20 days');
    const due = await page('2026-03-30');
    expect(statusText(due.status, '2026-03-30', 'fr')).toBe('À payer le 31/03, demain');
    const today = await page('2026-04-30', { events: [done('2026-04-07', 'j7')] });
    expect(whens(today, '2026-04-30')[1]).toBe('aujourd’hui');
  });

  it('after a formal notice, says it was sent and until when the client has', async () => {
    const v = await page('2026-05-20', {
      events: [
        done('2026-04-07', 'j7'),
        done('2026-04-30', 'j30'),
        // The days the letter gave, as the document panel records them.
        on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45', deadlineDays: 8 }),
      ],
    });
    expect(statusText(v.status, '2026-05-20', 'fr')).toBe(
      'Mise en demeure envoyée le 15/05 — délai jusqu’au 23/05',
    );
    // A notice whose delay is unknown (declared when tracking): the longest one, 15 days, as the
    // engine waits for it before the court step.
    const declared = await page('2026-05-20', {
      events: [done('2026-04-07', 'j7'), on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45' })],
    });
    expect(statusText(declared.status, '2026-05-20', 'fr')).toBe(
      'Mise en demeure envoyée le 15/05 — délai jusqu’au 30/05',
    );
  });

  it('before the step that claims them, penalties are struck out with the reason; the total is the principal', async () => {
    const v = await page('2026-06-12', { events: [done('2026-04-07', 'j7')] });
    const [interest, indemnity] = v.totals.parts;
    expect(interest).toMatchObject({ part: 'interest', claimed: false, why: 'later-step' });
    expect(interest!.cents).toBeGreaterThan(0);
    expect(indemnity).toMatchObject({ part: 'indemnity', cents: 4000, claimed: false, why: 'later-step' });
    expect(v.totals.claimedCents).toBe(150_000);
    expect(whyText({ part: 'interest', why: 'later-step' }, v.totals, 'fr')).toBe(
      'Pas encore réclamés : le scénario les demande à partir de l’étape « mise en demeure » (J+45)',
    );
    expect(whyText({ part: 'indemnity', why: 'later-step' }, v.totals, 'en')).toBe(
      'Not claimed yet: the scenario asks for it from the “formal notice” step (D+45)',
    );
    addsUp(v);
  });

  it('from the formal notice on, principal + interest + 40 € = total claimed', async () => {
    const v = await page('2026-06-12', {
      events: [done('2026-04-07', 'j7'), on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45' })],
    });
    const [interest, indemnity] = v.totals.parts;
    expect(interest?.claimed && indemnity?.claimed).toBe(true);
    expect(v.totals.claimedCents).toBe(150_000 + interest!.cents + 4000);
    expect(v.totals.claimedCents).toBe(v.claim.totalCents);
    addsUp(v);
  });

  it('what the invoice did not state is not claimed, and says so', async () => {
    const v = await page('2026-06-12', {
      invoices: [anInvoice({ mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false } })],
      events: [on('2026-05-15', { type: 'formal_notice_sent', stepId: 'j45' })],
    });
    expect(v.totals.parts.map((p) => [p.part, p.claimed, p.why])).toEqual([
      ['interest', false, 'interest-mention'],
      ['indemnity', false, 'indemnity-mention'],
    ]);
    expect(v.totals.claimedCents).toBe(150_000);
    addsUp(v);
  });

  it('a consumer owes no 40 €, and interest only from the formal notice', async () => {
    const v = await page('2026-06-12', { clients: [aClient({ scenarioId: 'firm', kind: 'particulier' })] });
    expect(v.totals.parts.map((p) => [p.part, p.cents, p.claimed, p.why])).toEqual([
      ['interest', 0, false, 'consumer-interest'],
      ['indemnity', 4000, false, 'consumer-indemnity'],
    ]);
    expect(whyText({ part: 'indemnity', why: 'consumer-indemnity' }, v.totals, 'fr')).toContain(
      'particulier',
    );
    addsUp(v);
  });

  it('a partly paid invoice counts what is left, and shows what was paid', async () => {
    const v = await page('2026-04-10', { events: [paid('2026-04-05', 50_000)] });
    expect(v.paid).toBe(false);
    expect(v.totals).toMatchObject({ invoicedCents: 150_000, paidCents: 50_000, principalCents: 100_000 });
    addsUp(v);
  });

  it('nothing runs before the due date: no penalty line at all', async () => {
    const v = await page('2026-03-20');
    expect(v.totals.parts).toEqual([]);
    expect(v.totals.claimedCents).toBe(150_000);
  });

  it('a paid invoice says when and how it was paid', async () => {
    const bankPaid = {
      ...paid('2026-11-05', 150_000),
      createdAt: '2026-11-06T08:00:00.000Z',
      bank: {
        date: '2026-11-05',
        amountCents: 150_000,
        currency: 'EUR',
        label: 'VIR ATELIER DUPONT F-2026-001',
        counterparty: null,
        reference: null,
        source: 'csv' as const,
        hash: 'h1',
        file: 'releve-novembre.csv',
      },
    };
    const v = await page('2026-12-02', {
      invoices: [anInvoice({ status: 'paid', outstandingCents: 0 })],
      events: [done('2026-04-07', 'j7'), bankPaid],
    });
    expect(v.paid).toBe(true);
    expect(statusText(v.status, '2026-12-02', 'fr')).toBe('Payée le 05/11');
    expect(v.payments).toEqual([
      {
        date: '2026-11-05',
        amountCents: 150_000,
        recordedOn: '2026-11-06',
        bank: { file: 'releve-novembre.csv', label: 'VIR ATELIER DUPONT F-2026-001' },
        note: '',
      },
    ]);
    expect(paymentSource(v.payments[0]!, '2026-12-02', 'fr')).toBe(
      'rapproché du relevé bancaire releve-novembre.csv le 06/11',
    );
    const byHand = await page('2026-12-02', { events: [paid('2026-11-05', 150_000)] });
    expect(paymentSource(byHand.payments[0]!, '2026-12-02', 'en')).toBe('recorded by hand on 5 Nov');
  });
});

describe('the step penalties are claimed from', () => {
  it('is the one the scenario chose, else the formal notice', async () => {
    const { penaltiesClaimedFrom } = await import('../../../core/app/invoice-totals');
    expect(penaltiesClaimedFrom(scenario)).toBe(2);
    expect(penaltiesClaimedFrom({ ...scenario, penaltiesFromStepId: 'j30' })).toBe(1);
    expect(penaltiesClaimedFrom({ ...scenario, penaltiesFromStepId: 'gone' })).toBe(2);
  });
});
