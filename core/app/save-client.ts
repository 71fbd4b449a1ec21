/** A client edited by the user; its invoices' cached states follow (tu/vous, scenario, kind). */
import { localDate } from '../dates';
import { type EcheanceDb, saveClient } from '../db';
import type { Client } from '../model';
import { deriveState } from './derive';

export async function saveClientCase(db: EcheanceDb, client: Client, now: Date): Promise<{ ok: true }> {
  await saveClient(db, client, await deriveState(db), localDate(now));
  return { ok: true };
}
