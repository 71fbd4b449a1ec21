import { describe, expect, it } from 'vitest';
import { dueDateFromTerms, legalMaximumDueDate, parsePaymentTerms } from '../../../core/law';

const issued = '2026-03-10';
const due = (terms: string | null, clientKind: 'pro' | 'particulier' = 'pro') =>
  dueDateFromTerms({ terms, issueDate: issued, clientKind });

describe('payment terms → due date (C. com. L441-10 I)', () => {
  it.each([
    ['30 jours', '2026-04-09'],
    ['Paiement à 30 jours date de facture', '2026-04-09'],
    ['60 jours date de facture', '2026-05-09'],
    ['net 30', '2026-04-09'],
    ['Net30', '2026-04-09'],
    ['30 days', '2026-04-09'],
    ['45 jours fin de mois', '2026-04-30'],
    ['45 days end of month', '2026-04-30'],
    ['fin de mois + 45 jours', '2026-05-15'],
    ['à réception', issued],
    ['Payable dès réception de la facture', issued],
    ['Due upon receipt', issued],
    ['comptant', issued],
    ['À régler avant le 15/04/2026', '2026-04-15'],
    ['due 2026-04-20', '2026-04-20'],
  ])('« %s » → %s', (terms, expected) => {
    expect(due(terms)).toMatchObject({ dueDate: expected, warnings: [] });
  });

  it('nothing stated: 30 days after the service (the invoice date when unknown), and says so', () => {
    expect(due(null)).toEqual({ dueDate: '2026-04-09', terms: null, warnings: ['terms-default-30-days'] });
    expect(
      dueDateFromTerms({ terms: '', issueDate: issued, serviceDate: '2026-03-01', clientKind: 'pro' })
        .dueDate,
    ).toBe('2026-03-31');
  });

  it('flags terms beyond 60 days or 45 days end of month between businesses', () => {
    expect(due('90 jours').warnings).toEqual(['terms-exceed-legal-maximum:2026-05-15']);
    expect(due('60 jours fin de mois').warnings).toEqual(['terms-exceed-legal-maximum:2026-05-15']);
    expect(due('90 jours', 'particulier').warnings).toEqual([]);
  });

  it('takes the latest reading of « 45 jours fin de mois » as the legal maximum', () => {
    expect(legalMaximumDueDate('2026-03-10')).toBe('2026-05-15');
    expect(legalMaximumDueDate('2026-03-25')).toBe('2026-05-31');
  });

  it('asks for the due date when the terms cannot be read, or the invoice date when it is missing', () => {
    expect(due('selon accord')).toEqual({
      dueDate: null,
      terms: null,
      warnings: ['terms-unreadable:selon accord'],
    });
    expect(dueDateFromTerms({ terms: '30 jours', issueDate: null }).warnings).toEqual([
      'terms-need-issue-date',
    ]);
    expect(parsePaymentTerms('')).toBeNull();
  });
});
