/** Issue #14: the written confirmation of a promise made on the phone, fr (vous / tu) and en. */
import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../core/model';
import { renderPromiseConfirmation } from '../../../core/templates';
import { aClient, anInvoice, done, on } from '../dunning/builders';

const settings = SettingsSchema.parse({
  identity: { name: 'Paul Martin', iban: 'FR76 3000 6000 0112 3456 7890 189', signature: 'Paul' },
});
const invoice = anInvoice({ number: 'F-2026-007', dueDate: '2026-03-31', amountDueCents: 150_000 });
const call = on('2026-04-15', { type: 'call', outcome: 'promise', promisedDate: '2026-04-24' });
const events = [done('2026-04-07', 'j7-email'), call];
const base = {
  client: aClient({ contactFirstName: 'Marie' }),
  invoices: [{ invoice, events }],
  settings,
  now: '2026-04-15',
  promise: { madeOn: '2026-04-15', promisedDate: '2026-04-24' },
};
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('renderPromiseConfirmation', () => {
  it('vous: restates the call, the amount and the promised date, with the payment details', () => {
    const mail = renderPromiseConfirmation({ ...base, lang: 'fr', addressing: 'vous' });
    expect(mail.subject).toBe('Suite à notre appel : règlement de la facture F-2026-007 le 24/04/2026');
    const body = flat(mail.body);
    expect(body.startsWith('Bonjour Marie,')).toBe(true);
    expect(body).toContain('Merci pour notre échange téléphonique du 15/04/2026.');
    expect(body).toContain(
      'le règlement de la facture F-2026-007, soit 1 500,00 €, interviendra au plus tard le 24/04/2026',
    );
    expect(body).toContain('merci de me prévenir');
    expect(body).toContain('IBAN FR76 3000 6000 0112 3456 7890 189');
    expect(body.endsWith('Bien cordialement,\nPaul')).toBe(true);
    // A courteous confirmation: no penalties, no threat.
    expect(body).not.toMatch(/pénalit|indemnit|mise en demeure|tribunal/i);
  });

  it('tu: the same facts, addressing the client with « tu »', () => {
    const body = flat(renderPromiseConfirmation({ ...base, lang: 'fr', addressing: 'tu' }).body);
    expect(body).toContain(
      'je note que tu règles la facture F-2026-007, soit 1 500,00 €, au plus tard le 24/04/2026',
    );
    expect(body).toContain('préviens-moi');
    expect(body).not.toMatch(/\bvous\b|\bvotre\b/i);
  });

  it('English, and several invoices in one confirmation', () => {
    const second = anInvoice({ id: 'inv-2', number: 'F-2026-008', amountDueCents: 50_000 });
    const mail = renderPromiseConfirmation({
      ...base,
      lang: 'en',
      addressing: 'vous',
      invoices: [
        { invoice, events },
        { invoice: second, events: [] },
      ],
    });
    expect(mail.subject).toBe(
      'Following our call: payment of invoices F-2026-007 and F-2026-008 by 24 Apr 2026',
    );
    const body = flat(mail.body);
    expect(body.startsWith('Dear Marie,')).toBe(true);
    expect(body).toContain('Thank you for our call on 15 Apr 2026.');
    expect(body).toContain('invoices F-2026-007 and F-2026-008, for €2,000.00, will be paid by 24 Apr 2026');
    expect(body).toContain('Kind regards,\nPaul');
  });

  it('without a first name: « Bonjour, » — never « Madame, Monsieur » in a friendly note', () => {
    const mail = renderPromiseConfirmation({
      ...base,
      client: aClient({ contactFirstName: null }),
      lang: 'fr',
      addressing: 'vous',
    });
    expect(mail.body.startsWith('Bonjour,')).toBe(true);
  });
});
