import { describe, expect, it } from 'vitest';
import { buildFormalNoticePdf, buildReminderLetterPdf } from '../../../core/documents';
import { IdentitySchema, SettingsSchema } from '../../../core/model';
import { paymentBlock, renderReminder } from '../../../core/templates';
import * as S from '../../fixtures/documents/samples';
import { flat, pdfText } from '../documents/pdf-text';
import { aClient, anInvoice } from '../dunning/builders';

const identity = IdentitySchema.parse({
  name: 'Paul Martin',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
});
const payment = {
  link: 'https://pay.example.fr/paul',
  holdDays: 5,
  accounts: [{ currency: 'USD', iban: 'GB33 BUKB 2020 1555 5555 55', bic: 'BUKBGB22' }],
};

describe('the payment block', () => {
  it('the account in the invoice currency, else the identity IBAN; the numbers as reference; the link', () => {
    expect(paymentBlock(identity, payment, 'USD', ['F-1', 'F-2'])).toEqual({
      holder: 'Paul Martin',
      iban: 'GB33 BUKB 2020 1555 5555 55',
      bic: 'BUKBGB22',
      reference: 'F-1, F-2',
      link: 'https://pay.example.fr/paul',
    });
    expect(paymentBlock(identity, payment, 'EUR', ['F-1'])).toMatchObject({
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'AGRIFRPP',
    });
    expect(paymentBlock(identity, undefined, 'EUR', ['F-1']).link).toBeNull();
  });

  it('only an https link is accepted in the settings', () => {
    for (const bad of [
      'http://pay.example.fr',
      'javascript:alert(1)',
      'https://localhost',
      'pay.example.fr',
    ]) {
      expect(SettingsSchema.safeParse({ payment: { link: bad } }).success, bad).toBe(false);
    }
    expect(SettingsSchema.parse({ payment: { link: 'https://pay.example.fr/x' } }).payment.link).toBe(
      'https://pay.example.fr/x',
    );
  });

  it('a reminder e-mail carries the USD account and the link, in French (vous, tu) and English', () => {
    const settings = SettingsSchema.parse({ identity, payment });
    const invoice = anInvoice({
      number: 'INV-9',
      currency: 'USD',
      dueDate: '2026-04-01',
      amountDueCents: 50_000,
    });
    for (const [lang, addressing, sentence] of [
      ['fr', 'vous', 'Vous pouvez aussi régler en ligne : https://pay.example.fr/paul'],
      ['fr', 'tu', 'Tu peux aussi régler en ligne : https://pay.example.fr/paul'],
      ['en', 'vous', 'You can also pay online: https://pay.example.fr/paul'],
    ] as const) {
      const { body } = renderReminder({
        lang,
        addressing,
        action: 'email',
        tone: 'courteous',
        client: aClient(),
        settings,
        now: '2026-04-15',
        invoices: [{ invoice, events: [] }],
      });
      expect(body).toContain('GB33 BUKB 2020 1555 5555 55');
      expect(body).toContain('BUKBGB22');
      expect(body).toContain('INV-9');
      expect(body).toContain(sentence);
      expect(body).not.toContain('FR76');
    }
  });

  it('the formal notice and the reminder letter PDFs show the link and the reference', () => {
    const input = { ...S.acmeInput, settings: { ...S.acmeInput.settings, payment } };
    for (const file of [buildFormalNoticePdf(input), buildReminderLetterPdf(input)]) {
      const text = flat(pdfText(file.bytes)).replace(/\s+/g, ' ');
      expect(text).toContain('Paiement en ligne https://pay.example.fr/paul');
      expect(text).toContain('Référence à indiquer F-2026-001');
    }
  });
});
