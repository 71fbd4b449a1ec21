/**
 * Extraction accuracy measured on every run, CI included: the development corpus (.corpus/,
 * `npm run corpus`) needs the fetched snapshots and is only measured by `npm run bench`, so
 * here the PDF text path is scored on what a clean clone has — generated French invoices
 * (seeds of their own, never looked at while tuning) and the committed sample of real,
 * freely licensed PDFs. Each table is printed, and the run fails below the issue's targets
 * (French set) or below the level reached when this test was written (sample).
 */
import { describe, expect, it } from 'vitest';
import {
  frenchCases,
  type Score,
  type ScoredField,
  sampleCases,
  scoreCases,
  scoreTable,
  TARGETS,
} from '../../bench/extract-accuracy';

/** The committed sample's counts when this test was written: a floor against regressions. */
const SAMPLE_FLOOR: Partial<Record<ScoredField, number>> = {
  number: 12,
  issueDate: 13,
  dueDate: 7,
  totalCents: 12,
  currency: 13,
  sellerName: 6,
  buyerName: 8,
};

const pct = (s: Score, f: ScoredField) => (100 * s.right[f]) / s.of[f];

describe('PDF text path accuracy (what CI can measure)', () => {
  it('reads the generated French set at #16 targets', { timeout: 180_000 }, async () => {
    const score = await scoreCases(frenchCases(2000, 42));
    console.log(scoreTable('generated French, seeds 2000–2041', score));
    for (const m of score.misses) console.log(`  miss: ${m.file} | ${m.field} | ${m.wanted} | ${m.got}`);
    expect(score.files).toBe(42);
    for (const [field, target] of Object.entries(TARGETS) as [ScoredField, number][]) {
      expect(score.of[field], field).toBeGreaterThan(0);
      expect(pct(score, field), field).toBeGreaterThanOrEqual(target);
    }
  });

  it('reads the committed sample of real PDFs no worse than before', { timeout: 120_000 }, async () => {
    const score = await scoreCases(sampleCases());
    console.log(scoreTable('committed sample (real PDFs, text only)', score));
    for (const m of score.misses) console.log(`  miss: ${m.file} | ${m.field} | ${m.wanted} | ${m.got}`);
    for (const [field, floor] of Object.entries(SAMPLE_FLOOR) as [ScoredField, number][])
      expect(score.right[field], field).toBeGreaterThanOrEqual(floor);
  });
});
