/**
 * The popup's database side, loaded just after its first paint (or before it, when the rows
 * could not be read without Dexie: core/db/first-read.ts): Dexie, the database, and the live
 * queries that keep the popup in step with the background's writes.
 */
import { liveQuery } from 'dexie';
import { readOverview, readPopupStart } from '../core/app/overview-read';
import { EcheanceDb } from '../core/db/database';
import { type DisplaySettings, readDisplaySettings } from '../core/db/display';
import { gmailRecognised, type Overview, type PopupStart } from '../core/db/overview-read';
import type { IsoDate } from '../core/model';

/** What the popup subscribes to (a Dexie observable, named here so the popup needs no Dexie type). */
export interface Source<T> {
  subscribe(observer: { next: (value: T) => void; error: (e: unknown) => void }): { unsubscribe(): void };
}

export interface PopupLive {
  db: EcheanceDb;
  overview: Source<Overview>;
  gmail: Source<boolean | null>;
  /** The first screen's rows read through Dexie; `display` when already read. */
  start(display?: DisplaySettings): Promise<{ display: DisplaySettings; start: PopupStart | undefined }>;
}

export function connect(today: IsoDate): PopupLive {
  const db = new EcheanceDb();
  return {
    db,
    overview: liveQuery(() => readOverview(db, today)),
    gmail: liveQuery(() => gmailRecognised(db)),
    async start(display) {
      const [settings, start] = await Promise.all([
        display ?? readDisplaySettings(db),
        // A failure here only means the popup reads it itself, live.
        readPopupStart(db, today).catch((e: unknown) => {
          console.error('[Échéance] lecture anticipée impossible', e);
          return undefined;
        }),
      ]);
      return { display: settings, start };
    },
  };
}
