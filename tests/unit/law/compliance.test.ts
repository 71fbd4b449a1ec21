import { describe, expect, it } from 'vitest';
import {
  canClaimIndemnity,
  canClaimInterest,
  checkMentions,
  describeWarning,
  WARNING_NAMES,
} from '../../../core/law';

describe('compliance of the invoice mentions (C. com. L441-9)', () => {
  it('an invoice with every mention is fine', () => {
    expect(checkMentions({ dueDate: true, penaltyRate: true, recoveryIndemnity: true }, 'pro')).toEqual({
      ok: true,
      missing: [],
    });
  });

  it('says what each missing mention costs, in French and English', () => {
    const report = checkMentions({ dueDate: false, penaltyRate: false, recoveryIndemnity: false }, 'pro');
    expect(report.missing.map((m) => m.mention)).toEqual(['dueDate', 'penaltyRate', 'recoveryIndemnity']);
    const indemnity = report.missing[2]!;
    expect(indemnity.cost.fr).toContain('40 €');
    expect(indemnity.cost.en).toContain('€40');
  });

  it('for a particulier only the due date matters (no L441-10 penalties, no 40 €)', () => {
    expect(
      checkMentions({ dueDate: true, penaltyRate: false, recoveryIndemnity: false }, 'particulier').ok,
    ).toBe(true);
  });

  it('claims penalties and the 40 € only when the invoice announced them', () => {
    const without = { dueDate: true, penaltyRate: false, recoveryIndemnity: false };
    expect(canClaimInterest(without, 'pro')).toBe(false);
    expect(canClaimIndemnity(without, 'pro')).toBe(false);
    expect(canClaimIndemnity({ ...without, recoveryIndemnity: true }, 'particulier')).toBe(false);
  });
});

describe('warnings', () => {
  it('every code reads as a sentence in French and English', () => {
    for (const name of WARNING_NAMES) {
      for (const lang of ['fr', 'en'] as const) {
        const text = describeWarning(`${name}:2026-S2`, lang);
        expect(text, `${name} ${lang}`).not.toMatch(/undefined|null|\$\{/);
        expect(text.length).toBeGreaterThan(20);
      }
    }
    expect(describeWarning('provisional-rate:2026-S2')).toContain('2nd semestre 2026');
    expect(describeWarning('prescription-soon:2031-03-15', 'en')).toContain('15 Mar 2031');
  });
});
