import { describe, expect, it } from 'vitest';
import { prescription } from '../../../core/law';

describe('prescription (C. com. L110-4, C. consom. L218-2)', () => {
  it('5 years for a pro client, from the earliest plausible start (the invoice date)', () => {
    const p = prescription({
      clientKind: 'pro',
      dueDate: '2026-04-15',
      issueDate: '2026-03-15',
      now: '2026-06-01',
    });
    expect(p).toMatchObject({
      years: 5,
      startsOn: '2026-03-15',
      deadline: '2031-03-15',
      state: 'running',
      warning: null,
    });
  });

  it('2 years for a particulier, with a warning 3 months before', () => {
    const base = { clientKind: 'particulier' as const, dueDate: '2026-04-15', issueDate: null };
    expect(prescription({ ...base, now: '2028-01-14' }).state).toBe('running');
    expect(prescription({ ...base, now: '2028-01-15' })).toMatchObject({
      state: 'ending-soon',
      warning: 'prescription-soon:2028-04-15',
    });
    expect(prescription({ ...base, now: '2028-04-16' }).warning).toBe('prescription-passed:2028-04-15');
  });
});
