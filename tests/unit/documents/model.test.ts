/** The documents as data: what each letter says, before any PDF. */
import { describe, expect, it } from 'vitest';
import {
  claimDeadline,
  DocumentError,
  documentFileName,
  equalInstallments,
  formalNotice,
  invoiceClaims,
  noticeDelayDays,
  paymentPlan,
  safeName,
} from '../../../core/documents';
import * as S from '../../fixtures/documents/samples';

const textOf = (doc: ReturnType<typeof formalNotice>) => JSON.stringify(doc.blocks);

describe('formal notice model', () => {
  it('places the client in the envelope window and the sender top left', () => {
    const head = formalNotice(S.acmeInput).blocks[0];
    expect(head).toEqual({
      kind: 'letterhead',
      sender: expect.arrayContaining(['Camille Lefèvre', 'SIREN\u00a0812\u00a0345\u00a0678']),
      recipient: ['Acmé Œuvres SAS', 'Service comptabilité', '8 avenue de l’Europe', '92400 Courbevoie'],
    });
  });

  it('takes its amounts from core/law: 40 € only for a pro invoice that announced it', () => {
    const noMention = {
      ...S.acmeInvoice,
      mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
    };
    const [claim] = invoiceClaims({ ...S.acmeInput, invoices: [noMention] }, '2026-04-02');
    expect(claim).toMatchObject({
      outstandingCents: 150_000,
      interestCents: 0,
      indemnityCents: 0,
      totalCents: 150_000,
    });
    expect(textOf(formalNotice({ ...S.acmeInput, invoices: [noMention] }))).not.toContain('D441-5');
  });

  it('ignores what happened after its date', () => {
    const later = [
      ...S.acmeEvents,
      { ...S.acmeEvents[0]!, id: 'late', type: 'payment' as const, amountCents: 50_000, date: '2026-05-01' },
    ];
    const [claim] = invoiceClaims({ ...S.acmeInput, events: later }, '2026-04-02');
    expect(claim?.outstandingCents).toBe(150_000);
  });

  it('refuses a client in collective proceedings (C. com. L622-21) and mixed clients', () => {
    expect(() => formalNotice(S.initechInput)).toThrow(DocumentError);
    expect(() => formalNotice({ ...S.acmeInput, invoices: [S.martinInvoice] })).toThrow(/même client/);
  });

  it('keeps the delay within 8–15 days', () => {
    expect([
      noticeDelayDays(undefined),
      noticeDelayDays(3),
      noticeDelayDays(10),
      noticeDelayDays(40),
    ]).toEqual([8, 8, 10, 15]);
  });
});

describe('payment plan', () => {
  it('splits the debt into equal installments, the remainder on the last', () => {
    expect(equalInstallments(100_000, 3, '2026-01-31')).toEqual([
      { date: '2026-01-31', amountCents: 33_333 },
      { date: '2026-02-28', amountCents: 33_333 },
      { date: '2026-03-31', amountCents: 33_334 },
    ]);
  });

  it('refuses installments that do not add up to the debt, and reads the plan from the events', () => {
    const wrong = equalInstallments(100_000, 2, '2026-04-15');
    expect(() => paymentPlan({ ...S.acmeInput, installments: wrong })).toThrow(/doit égaler/);
    const planEvent = S.event(S.acmeInvoice.id, '2026-03-30', {
      type: 'payment_plan',
      installments: equalInstallments(150_000, 3, '2026-04-15'),
    });
    const doc = paymentPlan({ ...S.acmeInput, events: [...S.acmeEvents, planEvent] });
    expect(JSON.stringify(doc.blocks)).toContain('15/06/2026');
  });
});

describe('claim declaration', () => {
  it('is due two months after the BODACC publication (C. com. R622-24)', () => {
    expect(claimDeadline('2026-03-20')).toBe('2026-05-20');
    expect(claimDeadline('2025-12-31')).toBe('2026-02-28');
  });
});

describe('file names', () => {
  it('say what the file is, in safe ASCII', () => {
    expect(safeName('Acmé Œuvres & Fils / SAS')).toBe('Acme-Oeuvres-Fils-SAS');
    expect(safeName('L’Atelier « Ça va »')).toBe('L-Atelier-Ca-va');
    expect(documentFileName('Mise-en-demeure', ['F 2026/001', 'Société Générale d’Études'], 'pdf')).toBe(
      'Mise-en-demeure_F-2026-001_Societe-Generale-d-Etudes.pdf',
    );
  });
});
