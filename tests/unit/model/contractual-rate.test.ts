import { describe, expect, it } from 'vitest';
import { penaltyInputFor, summarizeTimeline } from '../../../core/dunning';
import { describeRate, rateFromForm } from '../../../core/law';
import { effectiveContractualRate, InvoiceSchema, legacyRatePercent } from '../../../core/model';

const stored = {
  id: 'i1',
  number: 'F-1',
  clientId: 'c1',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  totalCents: 150_000,
  amountDueCents: 150_000,
  contractualRatePercent: 12,
  origin: { kind: 'manual' },
  createdAt: '2026-01-01T10:00:00.000Z',
  outstandingCents: 150_000,
};

describe('the rate an invoice carries', () => {
  it('an invoice stored before the kinds (percent only) still reads as a fixed rate', () => {
    const old = InvoiceSchema.parse(stored);
    expect(old.contractualRate).toBeUndefined();
    expect(effectiveContractualRate(old)).toEqual({ kind: 'fixed', percent: 12 });
    const input = penaltyInputFor(old, { kind: 'pro' }, summarizeTimeline([]), '2026-03-01');
    expect(input.contractualRate).toEqual({ kind: 'fixed', percent: 12 });
  });

  it('the kind wins over the legacy percent, which only mirrors a fixed rate', () => {
    const rate = { kind: 'legal-multiple', factor: 3 } as const;
    const inv = InvoiceSchema.parse({ ...stored, contractualRatePercent: null, contractualRate: rate });
    expect(effectiveContractualRate(inv)).toEqual(rate);
    expect(legacyRatePercent(rate)).toBeNull();
    expect(legacyRatePercent({ kind: 'fixed', percent: 9 })).toBe(9);
  });

  it('a consumer gets no terms-of-sale default; a pro does', () => {
    const settings = {
      defaultContractualRatePercent: null,
      defaultContractualRate: { kind: 'ecb-plus', points: 10 } as const,
      rateOverrides: [],
    };
    const inv = InvoiceSchema.parse({ ...stored, contractualRatePercent: null });
    const t = summarizeTimeline([]);
    expect(penaltyInputFor(inv, { kind: 'pro' }, t, '2026-03-01', settings).contractualRate).toEqual({
      kind: 'ecb-plus',
      points: 10,
    });
    expect(
      penaltyInputFor(inv, { kind: 'particulier' }, t, '2026-03-01', settings).contractualRate,
    ).toBeNull();
  });

  it('rejects a rate outside the model’s bounds', () => {
    expect(() =>
      InvoiceSchema.parse({ ...stored, contractualRate: { kind: 'legal-multiple', factor: 0 } }),
    ).toThrow();
    expect(rateFromForm('legal-multiple', 30)).toBe('invalid');
    expect(rateFromForm('ecb-plus', 10)).toEqual({ kind: 'ecb-plus', points: 10 });
    expect(rateFromForm('none', null)).toBeNull();
  });

  it('is described in words for letters', () => {
    expect(describeRate({ kind: 'legal-multiple', factor: 3 }, 'fr')).toBe(
      '3\u00a0× le taux de l’intérêt légal',
    );
    expect(describeRate({ kind: 'ecb-plus', points: 10 }, 'en')).toBe('ECB rate + 10 points');
    expect(describeRate({ kind: 'fixed', percent: 12.5 }, 'fr')).toBe('12,5\u00a0% l’an');
  });
});
