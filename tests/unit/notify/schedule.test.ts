import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Notice } from '../../../core/notify';
import { digestText, isDigestDue, nextSlotAfter, noticesDue, planAlarms } from '../../../core/notify';
import { reconcileAlarms } from '../../../core/platform';

const weekdays9 = { hour: 9, minute: 0, days: [1, 2, 3, 4, 5], digest: true, highStakes: true };
// 2026-11-20 is a Friday, 2026-11-22 a Sunday.
const at = (s: string) => new Date(s);

const notice = (on: string, kind: Notice['kind'] = 'formal_notice'): Notice => ({
  id: `${kind}|inv-1|j45|${on}`,
  kind,
  invoiceId: 'inv-1',
  stepId: 'j45',
  on,
  deadline: null,
});

describe('notification schedule', () => {
  it('the next digest is at 9:00 on the next working day', () => {
    expect(new Date(nextSlotAfter(at('2026-11-20T08:00:00'), weekdays9)!)).toEqual(at('2026-11-20T09:00:00'));
    expect(new Date(nextSlotAfter(at('2026-11-20T09:30:00'), weekdays9)!)).toEqual(at('2026-11-23T09:00:00'));
    expect(nextSlotAfter(at('2026-11-20T09:30:00'), { ...weekdays9, days: [] })).toBeNull();
  });

  it('today’s digest is due once, after the hour, on a working day only', () => {
    const none = new Set<string>();
    expect(isDigestDue(at('2026-11-20T08:59:00'), weekdays9, none)).toBe(false);
    expect(isDigestDue(at('2026-11-20T09:00:00'), weekdays9, none)).toBe(true);
    expect(isDigestDue(at('2026-11-20T18:00:00'), weekdays9, new Set(['digest|2026-11-20']))).toBe(false);
    expect(isDigestDue(at('2026-11-22T10:00:00'), weekdays9, none)).toBe(false);
    // A digest missed yesterday is not replayed: only today's counts.
    expect(isDigestDue(at('2026-11-20T09:05:00'), weekdays9, new Set(['digest|2026-11-19']))).toBe(true);
    expect(isDigestDue(at('2026-11-20T09:05:00'), { ...weekdays9, digest: false }, none)).toBe(false);
  });

  it('a high-stakes notice shows from its day, once', () => {
    const list = [notice('2026-11-20'), notice('2026-11-25')];
    expect(noticesDue(list, at('2026-11-20T10:00:00'), weekdays9, new Set()).map((n) => n.on)).toEqual([
      '2026-11-20',
    ]);
    expect(noticesDue(list, at('2026-11-20T10:00:00'), weekdays9, new Set([list[0]!.id]))).toEqual([]);
    expect(noticesDue(list, at('2026-11-20T08:00:00'), weekdays9, new Set())).toEqual([]);
  });

  it('plans the digest, one alarm per future notice day, and midnight', () => {
    const plan = planAlarms(
      [notice('2026-11-25'), notice('2026-11-25', 'court_filing'), notice('2026-11-28')],
      at('2026-11-20T10:00:00'),
      weekdays9,
    );
    expect(plan.map((a) => [a.name, new Date(a.when).toString()])).toEqual([
      ['digest', at('2026-11-23T09:00:00').toString()],
      ['notices|2026-11-25', at('2026-11-25T09:00:00').toString()],
      // Saturday 28: moved to the next working day.
      ['notices|2026-11-30', at('2026-11-30T09:00:00').toString()],
      ['midnight', at('2026-11-21T00:00:05').toString()],
    ]);
  });

  it('is idempotent: planning twice from the same data gives the same alarms', async () => {
    fakeBrowser.reset();
    const plan = planAlarms([notice('2026-11-25')], at('2026-11-20T10:00:00'), weekdays9);
    await reconcileAlarms(plan);
    await reconcileAlarms(planAlarms([notice('2026-11-25')], at('2026-11-20T10:00:00'), weekdays9));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.scheduledTime]).sort()).toEqual(
      plan.map((a) => [a.name, a.when]).sort(),
    );
    // A notice that went away takes its alarm with it.
    await reconcileAlarms(planAlarms([], at('2026-11-20T10:00:00'), weekdays9));
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual(['digest', 'midnight']);
  });

  it('the digest names the count and the total, the French way', () => {
    expect(digestText(3, 425000, 'fr').title).toBe('3 relances à faire aujourd’hui — 4\u202f250,00\u00a0€');
    expect(digestText(1, 150000, 'en').title).toBe('1 reminder to send today — €1,500.00');
    expect(digestText(3, 425000, 'fr').buttons).toEqual(['Relancer', 'Plus tard']);
  });
});

describe('notices whose day has passed', () => {
  it('still get an alarm when the digest is off: today’s slot if ahead, else the next one', () => {
    const noDigest = { ...weekdays9, digest: false };
    // Friday 08:00, a notice from the Monday before: today at 9:00.
    expect(
      planAlarms([notice('2026-11-16')], at('2026-11-20T08:00:00'), noDigest).map((a) => a.name),
    ).toEqual(['notices|2026-11-20', 'midnight']);
    // Friday 10:00: today's slot has gone, the next working day's.
    expect(
      planAlarms([notice('2026-11-16')], at('2026-11-20T10:00:00'), noDigest).map((a) => a.name),
    ).toEqual(['notices|2026-11-23', 'midnight']);
  });
});
