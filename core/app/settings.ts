/**
 * Writes that change how every invoice is chased: the settings and the user's scenarios. Each
 * one computes every cached state again, since a scenario or a default may apply to any
 * invoice. Also the small settings rows that decide nothing (a bank CSV mapping, what Gmail's
 * page looked like).
 */
import {
  applyMentionDefaults,
  deleteScenario,
  type EcheanceDb,
  saveBankMapping,
  saveGmailLayout,
  saveScenario,
  saveSettings,
} from '../db';
import { presetById } from '../dunning';
import type { CsvMapping, Scenario, Settings } from '../model';
import { ValidationFailure } from '../protocol';
import { rederiveAll } from './refresh';

type Ok = { ok: true };
const ok: Ok = { ok: true };

export async function saveAllSettings(db: EcheanceDb, settings: Settings, now: Date): Promise<Ok> {
  await saveSettings(db, settings);
  // What the user's invoices print stands for the invoices no document told.
  await applyMentionDefaults(db, settings.mentionDefaults);
  await rederiveAll(db, now);
  return ok;
}

/** A scenario of the user's; a preset is read-only (the user duplicates it first). */
export async function saveUserScenario(db: EcheanceDb, scenario: Scenario, now: Date): Promise<Ok> {
  if (presetById(scenario.id))
    throw new ValidationFailure('un scénario prédéfini ne se modifie pas : dupliquez-le');
  await saveScenario(db, scenario);
  await rederiveAll(db, now);
  return ok;
}

/** Deletes a scenario; its clients go back to the default one. */
export async function deleteUserScenario(db: EcheanceDb, scenarioId: string, now: Date): Promise<Ok> {
  await deleteScenario(db, scenarioId);
  await rederiveAll(db, now);
  return ok;
}

export async function rememberBankMapping(db: EcheanceDb, mapping: CsvMapping): Promise<Ok> {
  await saveBankMapping(db, mapping);
  return ok;
}

export async function rememberGmailLayout(db: EcheanceDb, recognised: boolean, now: Date): Promise<Ok> {
  await saveGmailLayout(db, recognised, now.toISOString());
  return ok;
}
