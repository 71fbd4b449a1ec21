import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, IsoDateSchema, ScenarioSchema } from '../../../core/model';

describe('model', () => {
  it('accepts real calendar dates only', () => {
    expect(IsoDateSchema.safeParse('2026-02-28').success).toBe(true);
    expect(IsoDateSchema.safeParse('2026-02-30').success).toBe(false);
    expect(IsoDateSchema.safeParse('28/02/2026').success).toBe(false);
  });
  it('has working defaults for settings', () => {
    expect(DEFAULT_SETTINGS.notifications.hour).toBe(9);
    expect(DEFAULT_SETTINGS.notifications.days).toEqual([1, 2, 3, 4, 5]);
  });
  it('refuses a scenario whose steps go back in time', () => {
    const bad = ScenarioSchema.safeParse({
      id: 'x',
      name: 'x',
      steps: [
        { id: 'a', offsetDays: 7, action: 'email', template: 'email.courteous', tone: 'courteous' },
        { id: 'b', offsetDays: 1, action: 'email', template: 'email.firm', tone: 'firm' },
      ],
    });
    expect(bad.success).toBe(false);
  });
});
