import { describe, expect, it } from 'vitest';
import { type Client, SettingsSchema, StepActionSchema, ToneSchema } from '../../../core/model';
import { type ReminderRequest, renderReminder, renderStep } from '../../../core/templates';
import { aClient, anInvoice, done, on, paid } from '../dunning/builders';

const settings = SettingsSchema.parse({
  identity: {
    name: 'Paul Martin',
    iban: 'FR76 3000 6000 0112 3456 7890 189',
    signature: 'Paul Martin, développeur',
  },
});
const now = '2026-05-15';
const pro = aClient({ contactFirstName: 'Marie', phone: '06 12 34 56 78' });
const particulier = aClient({ id: 'p', name: 'Jean Petit', kind: 'particulier', contactFirstName: null });

function invoices(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const id = `inv-${i + 1}`;
    return {
      invoice: anInvoice({
        id,
        number: `F-2026-00${i + 1}`,
        dueDate: `2026-04-0${i + 1}`,
        amountDueCents: 150_000 * (i + 1),
      }),
      events: [
        done('2026-04-10', 'j7-email', id),
        on('2026-04-20', { type: 'formal_notice_sent' }, id),
        paid('2026-04-25', 10_000, id),
      ],
    };
  });
}

const languages = [
  { lang: 'fr', addressing: 'vous' },
  { lang: 'fr', addressing: 'tu' },
  { lang: 'en', addressing: 'vous' },
] as const;

/** A French amount: « 1 500,00 € » with a plain, no-break or narrow no-break space. */
const FRENCH_AMOUNT = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})*,\d{2}[ \u00a0\u202f]€$/;

function amountsIn(text: string): string[] {
  return text.match(/\d[\d \u00a0\u202f]*(?:[.,]\d+)?[ \u00a0\u202f]?€|€\s?\d[\d.,]*/g) ?? [];
}

describe('the French amount check', () => {
  it('catches amounts written the English way or without grouping', () => {
    for (const wrong of ['1500.00 €', '€1,500.00', '1,500.00 €', '1500,00 €']) {
      expect(
        amountsIn(`Total : ${wrong}.`).every((a) => FRENCH_AMOUNT.test(a)),
        wrong,
      ).toBe(false);
    }
    expect(amountsIn('Total : 1\u202f500,00\u00a0€ et 40,00 €.').every((a) => FRENCH_AMOUNT.test(a))).toBe(
      true,
    );
  });
});

describe('every template renders cleanly', () => {
  for (const { lang, addressing } of languages) {
    for (const client of [pro, particulier] as Client[]) {
      for (const count of [1, 3]) {
        it(`${lang}/${addressing}, ${client.kind}, ${count} invoice(s)`, () => {
          for (const action of StepActionSchema.options) {
            for (const tone of ToneSchema.options) {
              const req: ReminderRequest = {
                lang,
                addressing,
                action,
                tone,
                client,
                settings,
                now,
                invoices: invoices(count),
              };
              const withPromise = {
                ...req,
                brokenPromise: { madeOn: '2026-04-20', promisedDate: '2026-04-30' },
              };
              for (const { subject, body } of [renderReminder(req), renderReminder(withPromise)]) {
                const text = `${subject}\n${body}`;
                const where = `${action}.${tone}`;
                expect(text, where).not.toMatch(/\{\{|\}\}|\$\{|undefined|NaN|null|\[object Object\]/);
                expect(subject.length, where).toBeGreaterThan(5);
                expect(body, where).toContain('F-2026-001');
                if (count === 3) expect(body, where).toContain('F-2026-003');
                const amounts = amountsIn(text);
                expect(amounts.length, where).toBeGreaterThan(0);
                if (lang === 'fr')
                  for (const a of amounts) expect(a, `${where}: ${a}`).toMatch(FRENCH_AMOUNT);
                if (lang === 'fr') expect(text, where).not.toMatch(/\b(?:de|à) les\b|\bde le\b/);
              }
            }
          }
        });
      }
    }
  }
});

describe('what a reminder says', () => {
  const one = (client: Client, overrides: Partial<ReminderRequest> = {}) =>
    renderReminder({
      lang: 'fr',
      addressing: 'vous',
      action: 'email',
      tone: 'firm',
      client,
      settings,
      now,
      invoices: [
        {
          invoice: anInvoice({
            dueDate: '2026-04-15',
            amountDueCents: 1_500_000,
            contractualRatePercent: 15,
          }),
          events: [],
        },
      ],
      ...overrides,
    });

  it('claims the penalties of a pro client 30 days late on 15 000 € at 15 %: 184,93 € + 40 €', () => {
    const { body } = one(pro, { claimsPenalties: true });
    expect(body).toContain('Bonjour Marie,');
    expect(body).toMatch(/pénalités de retard de 184,93.€/);
    // One invoice: the 40 € once, not « 40,00 € par facture, soit 40,00 € ».
    expect(body).toMatch(/frais de recouvrement de 40,00.€ \(C\. com\. art\. D441-5\)\./);
    expect(body).not.toMatch(/par facture|soit 40/);
    expect(body).toMatch(/Montant total réclamé : 15.224,93.€/);
    expect(body).toContain('IBAN FR76 3000 6000 0112 3456 7890 189');
    expect(body.endsWith('Paul Martin, développeur')).toBe(true);
  });

  it('does not threaten what the invoice did not announce', () => {
    const invoice = anInvoice({
      dueDate: '2026-04-15',
      amountDueCents: 1_500_000,
      mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
    });
    const { body } = one(pro, { invoices: [{ invoice, events: [] }], claimsPenalties: true });
    expect(body).not.toMatch(/pénalités|indemnité/);
  });

  it('a particulier gets no 40 € and no interest before a formal notice', () => {
    const invoice = anInvoice({ dueDate: '2026-04-15', amountDueCents: 150_000 });
    const { body } = one(particulier, { invoices: [{ invoice, events: [] }], claimsPenalties: true });
    expect(body).toContain('Bonjour,');
    expect(body).not.toMatch(/pénalités|indemnité|intérêts/);
  });

  it('an e-mail before the formal notice states the amount due only, by default', () => {
    expect(one(pro, { tone: 'courteous' }).body).not.toMatch(/pénalités/);
    expect(one(pro).body).not.toMatch(/pénalités|indemnité|réclamé/);
  });

  it('lists the previous reminders with their dates, and cites a broken promise', () => {
    const invoice = anInvoice({ dueDate: '2026-04-15' });
    const events = [done('2026-04-22', 'j7-email'), on('2026-04-30', { type: 'call', outcome: 'no_answer' })];
    const { body } = one(pro, {
      addressing: 'tu',
      invoices: [{ invoice, events }],
      brokenPromise: { madeOn: '2026-05-02', promisedDate: '2026-05-10' },
    });
    expect(body).toContain('Ma relance (e-mail du 22/04/2026) est restée sans effet.');
    expect(body).toContain('tu m’avais annoncé un règlement pour le 10/05/2026');
  });

  it('a formal notice summons to pay the total within the delay of the settings', () => {
    const { subject, body } = one(pro, { action: 'formal_notice', tone: 'formal' });
    expect(subject).toBe('Mise en demeure de payer : facture F-2026-001');
    expect(body).toMatch(
      /Je vous mets en demeure de me régler la somme de 15.224,93.€ dans un délai de 8 jours/,
    );
  });

  it('English reminders use English amounts and dates', () => {
    const { body } = one(pro, { lang: 'en' });
    expect(body).toContain('€15,000.00');
    expect(body).toContain('due 15 Apr 2026');
  });

  it('a scenario step renders from its template id', () => {
    const rendered = renderStep({
      lang: 'fr',
      addressing: 'vous',
      step: { action: 'email', tone: 'firm', template: 'registered_letter.formal' },
      client: pro,
      settings,
      now,
      invoices: invoices(1),
    });
    expect(rendered.subject).toMatch(/^Lettre recommandée avec AR/);
  });
});
