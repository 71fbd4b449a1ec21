import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOverview } from '../../../core/app/overview';
import { readPopupStart } from '../../../core/app/overview-read';
import { EcheanceDb, GMAIL_LAYOUT, readDisplaySettings, saveOverview, saveSettings } from '../../../core/db';
import { readFirstPaint } from '../../../core/db/first-read';
import { DEFAULT_SETTINGS } from '../../../core/model';

const TODAY = '2026-12-02';
const names: string[] = [];
const opened: EcheanceDb[] = [];
const fresh = () => {
  const name = `first-read-${names.length}-${Date.now()}`;
  names.push(name);
  return name;
};
const open = (name: string) => {
  const db = new EcheanceDb(name);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The rows the background writes: settings, today's overview, the Gmail flag. */
async function seeded(day = TODAY) {
  const name = fresh();
  const db = open(name);
  await saveSettings(db, { ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
  await saveOverview(db, { ...buildOverview([], day), count: 3, outstandingCents: 12_345 });
  await db.meta.put({ key: GMAIL_LAYOUT, value: { recognised: false, at: '2026-12-02T08:00:00Z' } });
  return { name, db };
}

describe('readFirstPaint (the popup’s first rows, without Dexie)', () => {
  it('reads what the Dexie path reads', async () => {
    const { name, db } = await seeded();
    const first = await readFirstPaint(TODAY, indexedDB, name);
    expect(first).toEqual({
      display: await readDisplaySettings(db),
      start: await readPopupStart(db, TODAY),
    });
    expect(first?.start?.overview.outstandingCents).toBe(12_345);
    expect(first?.start?.gmail).toBe(false);
  });

  it('works while Dexie holds the database open, and leaves it usable', async () => {
    const { name, db } = await seeded();
    expect(db.isOpen()).toBe(true);
    expect((await readFirstPaint(TODAY, indexedDB, name))?.display.language).toBe('en');
    // Its connection is closed: Dexie writes on, and can delete the database without being blocked.
    await db.meta.put({ key: GMAIL_LAYOUT, value: { recognised: true } });
    expect((await readFirstPaint(TODAY, indexedDB, name))?.start?.gmail).toBe(true);
  });

  it('gives no start when the stored overview is another day’s (the engine computes it)', async () => {
    const { name } = await seeded('2026-12-01');
    const first = await readFirstPaint(TODAY, indexedDB, name);
    expect(first).toEqual({ display: { language: 'en', theme: 'dark' }, start: null });
  });

  it('reads the default display and no start from a database with nothing stored yet', async () => {
    const name = fresh();
    await open(name).open();
    expect(await readFirstPaint(TODAY, indexedDB, name)).toEqual({
      display: { language: 'auto', theme: 'system' },
      start: null,
    });
  });

  it('answers null for a database that does not exist, and does not create it', async () => {
    const name = fresh();
    expect(await readFirstPaint(TODAY, indexedDB, name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    // Dexie then creates it with every store, as on a first start.
    const db = open(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('meta');
  });

  it('answers null for a database from before the overview existed (no meta store)', async () => {
    const name = fresh();
    const old = new EcheanceDb(name, undefined, 2);
    await old.open();
    old.close();
    expect(await readFirstPaint(TODAY, indexedDB, name)).toBeNull();
    // The current schema then upgrades it (not blocked by a connection left open).
    const db = open(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).toContain('meta');
  });
});
