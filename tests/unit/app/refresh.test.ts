import { describe, expect, it } from 'vitest';
import { readOverview } from '../../../core/app/overview-read';
import { rederiveAll, refresh, replanQueue, type Wake } from '../../../core/app/refresh';
import { storedOverview } from '../../../core/db';
import { fakePorts, freshDb, item, NOW, seed, TODAY } from './fixture';

describe('planning after a write, an alarm or a start', () => {
  it('after a write: badge and stored overview agree, no notification, alarms planned', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04'), item('F-3', '2026-03-30')]);
    const ports = fakePorts();
    await refresh(db, NOW, 'write', ports);
    expect(ports.badge).toEqual([2]);
    const overview = await storedOverview(db, TODAY);
    expect(overview).toMatchObject({ day: TODAY, count: 3, dueCount: 2, outstandingCents: 360_000 });
    expect(overview?.overdueCents).toBe(240_000);
    expect(ports.notifications).toEqual([]);
    expect(ports.alarms).toHaveLength(1);
    const names = ports.alarms[0]!.map((a) => a.name);
    expect(names).toContain('digest');
    expect(names).toContain('midnight');
    // Every alarm is in the future.
    expect(ports.alarms[0]!.every((a) => a.when > NOW.getTime())).toBe(true);
  });

  it('the digest alarm shows today’s digest once, logged with what it said', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-03-04')]);
    const ports = fakePorts('en');
    await refresh(db, NOW, 'digest', ports);
    const digest = ports.notifications.find((n) => n.id === `digest|${TODAY}`);
    expect(digest).toBeDefined();
    // « auto » language: the browser's, here English.
    expect(digest?.text.title).toMatch(/2/);
    expect(await db.notificationLog.get(`digest|${TODAY}`)).toMatchObject({
      day: TODAY,
      title: digest?.text.title,
    });
    const shown = ports.notifications.length;
    await refresh(db, NOW, 'notices', ports);
    expect(ports.notifications).toHaveLength(shown);
  });

  it('a notification that fails to show does not stop the planning', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04')]);
    const ports = fakePorts();
    ports.showNotification = async () => {
      throw new Error('no notification centre');
    };
    const quiet = console.error;
    console.error = () => {};
    try {
      await refresh(db, NOW, 'digest', ports);
    } finally {
      console.error = quiet;
    }
    expect(ports.alarms).toHaveLength(1);
    expect(await db.notificationLog.count()).toBeGreaterThan(0);
  });

  it('at midnight, stale cached states are computed again and old log rows pruned', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await db.invoices.update(f1!.id, { status: 'promised', nextActionDate: '2099-01-01' });
    await db.notificationLog.bulkPut([
      { id: 'old', day: '2025-12-01', shownAt: '2025-12-01T09:00:00Z', title: 't', message: 'm' },
      { id: 'recent', day: '2026-03-01', shownAt: '2026-03-01T09:00:00Z', title: 't', message: 'm' },
    ]);
    await refresh(db, NOW, 'midnight', fakePorts());
    expect(await db.invoices.get(f1!.id)).toMatchObject({ status: 'open', nextActionDate: TODAY });
    expect((await db.notificationLog.toArray()).map((r) => r.id)).not.toContain('old');
    expect(await db.notificationLog.get('recent')).toBeDefined();
  });

  it('rederiveAll follows a change of default scenario', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await db.scenarios.put({
      id: 'late',
      name: 'Tard',
      builtIn: false,
      steps: [{ id: 'j20', offsetDays: 20, action: 'email', template: 'email.courteous', tone: 'courteous' }],
    });
    const settings = (await db.settings.get('settings'))?.value;
    await db.settings.put({ key: 'settings', value: { ...settings!, defaultScenarioId: 'late' } as never });
    await rederiveAll(db, NOW);
    expect((await db.invoices.get(f1!.id))?.nextActionDate).toBe('2026-03-24');
  });
});

describe('plannings in order', () => {
  it('runs one at a time and merges writes queued before their turn', async () => {
    const runs: Wake[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const replan = replanQueue(async (wake) => {
      runs.push(wake);
      if (runs.length === 1) await gate;
    });
    const first = replan('startup');
    const writes = [replan('write'), replan('write'), replan('write')];
    expect(writes[1]).toBe(writes[0]);
    release();
    await Promise.all([first, ...writes]);
    expect(runs).toEqual(['startup', 'write']);
    await replan('write');
    expect(runs).toEqual(['startup', 'write', 'write']);
  });
});

describe('the overview the popup reads', () => {
  it('reads the stored row of today, and computes another day’s again', async () => {
    const db = freshDb();
    await seed(db, [item('F-1', '2026-03-04'), item('F-3', '2026-03-30')]);
    await refresh(db, NOW, 'write', fakePorts());
    const today = await readOverview(db, TODAY);
    expect(today.dueCount).toBe(1);
    expect(today.due.map((d) => d.number)).toEqual(['F-1']);
    // Tomorrow nothing is stored yet: computed from the cases, the J+7 step still due.
    const tomorrow = await readOverview(db, '2026-03-12');
    expect(tomorrow.day).toBe('2026-03-12');
    expect(tomorrow.count).toBe(2);
  });
});
