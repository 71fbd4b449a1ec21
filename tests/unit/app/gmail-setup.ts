/** A fresh database, the real dunning engine as the deriver, and a « Suivre » request to start from. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { type Deriver, EcheanceDb } from '../../../core/db';
import { deriveInvoiceState, PRESET_SCENARIOS, scenarioFor } from '../../../core/dunning';
import type { TrackFromGmail } from '../../../core/model';

let counter = 0;
const opened: EcheanceDb[] = [];

export function freshDb(): EcheanceDb {
  const db = new EcheanceDb(`app-gmail-${process.pid}-${counter++}`);
  opened.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** What the background derives with the built-in scenarios (standard: J+7 e-mail, J+15 call…). */
export const derive: Deriver = (invoice, client, events, today) =>
  deriveInvoiceState(
    invoice,
    client,
    events,
    scenarioFor(client.scenarioId, 'standard', PRESET_SCENARIOS),
    today,
  );

/** A Monday, no public holiday: the J+7 step of an invoice due on 2026-03-16 is today. */
export const NOW = new Date('2026-03-23T09:00:00');

export function trackRequest(overrides: Partial<TrackFromGmail> = {}): TrackFromGmail {
  return {
    threadId: '18c1a2b3c4d5e6f1',
    messageId: 'm-1',
    account: 0,
    number: 'F-2026-001',
    totalCents: 150_000,
    currency: 'EUR',
    issueDate: '2026-02-14',
    dueDate: '2026-03-16',
    paymentTerms: null,
    clientName: 'Acme SAS',
    clientEmail: 'compta@acme.test',
    clientKind: 'pro',
    addressing: 'vous',
    contactFirstName: 'Marie',
    clientSignature: null,
    language: 'fr',
    mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
    contractualRatePercent: null,
    contractualRate: null,
    fileRef: null,
    ...overrides,
  };
}
