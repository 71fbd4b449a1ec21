import { describe, expect, it } from 'vitest';
import { listedSemesters, ratesForSemester, semesterOf } from '../../../core/law';
import table from '../../../core/law/rates.json';

describe('the bundled rates table', () => {
  it('finds, for every listed semester, the ECB rate of its first day and the legal rate', () => {
    for (const row of table.ecbRateOnSemesterStart) {
      const rates = ratesForSemester(semesterOf(row.date));
      expect(rates.ecbMroPercent, row.semester).toBe(row.ecbMro);
      if (row.professionalLegalRate !== null) {
        expect(rates.legalRatePercent, row.semester).toBe(row.professionalLegalRate);
        expect(rates.legalProvisional).toBe(false);
      }
    }
    expect(listedSemesters()).toContain('2026-S2');
  });

  it('keeps the source of each value', () => {
    const rates = ratesForSemester('2026-S1');
    expect(rates.legalSource).toContain('arrêté du 15 décembre 2025');
    expect(rates.ecbSource).toContain('bsi.si');
  });

  it('treats the June 2026 ECB hike, whose date of effect is unverified, as provisional', () => {
    expect(ratesForSemester('2026-S2')).toMatchObject({ ecbMroPercent: 2.4, ecbProvisional: true });
    expect(ratesForSemester('2026-S1')).toMatchObject({ ecbMroPercent: 2.15, ecbProvisional: false });
  });

  it('falls back to the latest known legal rate when a semester is not verified', () => {
    expect(ratesForSemester('2026-S2')).toMatchObject({ legalRatePercent: 2.62, legalProvisional: true });
    expect(ratesForSemester('2028-S1')).toMatchObject({
      ecbMroPercent: 2.4,
      ecbProvisional: true,
      legalRatePercent: 2.62,
      legalProvisional: true,
    });
  });

  it('reads older semesters from the ECB change history (2013 S1: 0,75 %)', () => {
    expect(ratesForSemester('2013-S1').ecbMroPercent).toBe(0.75);
  });

  it('lets the user confirm or correct a semester', () => {
    const rates = ratesForSemester('2026-S2', [
      { semester: '2026-S2', ecbMroPercent: null, legalRatePercent: 2.75, source: 'JORF du 28/06/2026' },
    ]);
    expect(rates).toMatchObject({ legalRatePercent: 2.75, legalProvisional: false, ecbProvisional: true });
    expect(rates.legalSource).toBe('JORF du 28/06/2026');
  });
});
