/** Issue #14: the import preview's row carries « client public » and the rate kind the user picked. */
import { describe, expect, it } from 'vitest';
import { draftFromExtraction, itemOf, problemsOf } from '../../../components/import/draft';
import { EMPTY_EXTRACTION, type ExtractedInvoice } from '../../../core/extract/types';

const found = (value: unknown) => ({ value, source: 'text' as const, confidence: 1 });
const extracted = {
  ...EMPTY_EXTRACTION,
  number: found('F-2026-001'),
  buyerName: found('Université de Lyon'),
  totalCents: found(150_000),
  dueDate: found('2026-03-15'),
  contractualRate: found({ kind: 'legal-multiple', factor: 3 }),
  penaltyClause: found('trois fois le taux d’intérêt légal'),
} as unknown as ExtractedInvoice;

describe('an import row’s kind and rate', () => {
  const row = () => draftFromExtraction('f.pdf', { kind: 'pdf', fileName: 'f.pdf' }, extracted, 'text');

  it('keeps the rate read from the document when the user leaves it', () => {
    const item = itemOf({ ...row(), clientKind: 'public' })!;
    expect(item.clientKind).toBe('public');
    expect(item.contractualRate).toEqual({ kind: 'legal-multiple', factor: 3 });
    expect(item.contractualRatePercent).toBeNull();
  });

  it('the user’s choice wins, a fixed rate mirrored in the legacy percent; « none » clears it', () => {
    const fixed = itemOf({ ...row(), clientKind: 'pro', rate: { kind: 'fixed', percent: 12 } })!;
    expect(fixed.contractualRate).toEqual({ kind: 'fixed', percent: 12 });
    expect(fixed.contractualRatePercent).toBe(12);
    const none = itemOf({ ...row(), clientKind: 'pro', rate: null })!;
    expect(none.contractualRate).toBeNull();
    expect(none.contractualRatePercent).toBeNull();
  });

  it('an unusable figure holds the row back, naming the rate', () => {
    const bad = { ...row(), clientKind: 'pro' as const, rate: 'invalid' as const };
    expect(problemsOf(bad)).toEqual(['rate']);
    expect(itemOf(bad)).toBeNull();
  });
});
