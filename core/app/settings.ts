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
  getSettings,
  saveBankMapping,
  saveGmailLayout,
  saveScenario,
  saveSettings,
} from '../db';
import { presetById } from '../dunning';
import {
  checkBic,
  checkEmail,
  checkIban,
  checkPhone,
  checkSiret,
  digitsOnly,
  formatIban,
  type IdentityProblem,
  sirenFromSiret,
} from '../identity/checks';
import { type CsvMapping, type Identity, type Scenario, type Settings, SettingsSchema } from '../model';
import { ValidationFailure } from '../protocol';
import { issuesOf } from '../protocol/envelope';
import { rederiveAll } from './refresh';

type Ok = { ok: true };
const ok: Ok = { ok: true };

export async function saveAllSettings(db: EcheanceDb, settings: Settings, now: Date): Promise<Ok> {
  await saveSettings(db, settings);
  return settingsSaved(db, settings, now);
}

/** After any save: the defaults reach the invoices, and every state is computed again. */
async function settingsSaved(db: EcheanceDb, settings: Settings, now: Date): Promise<Ok> {
  // What the user's invoices print stands for the invoices no document told.
  await applyMentionDefaults(db, settings.mentionDefaults);
  await rederiveAll(db, now);
  return ok;
}

/**
 * One section's fields set on top of the settings as stored, read and written in one
 * transaction: a section never writes back another's older values (issue #11's settings e2e
 * lost the city typed just before the notification time was saved). Refused, nothing written,
 * when the whole does not pass the schema.
 */
export async function patchSettings(
  db: EcheanceDb,
  patch: Partial<Record<keyof Settings, unknown>>,
  now: Date,
): Promise<Ok> {
  const merged = await db.transaction('rw', db.settings, async () => {
    const parsed = SettingsSchema.safeParse({ ...(await getSettings(db)), ...patch });
    if (!parsed.success) throw new ValidationFailure('réglages invalides', issuesOf(parsed.error));
    await saveSettings(db, parsed.data);
    return parsed.data;
  });
  return settingsSaved(db, merged, now);
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

export type IdentityProblems = Partial<Record<keyof Identity, IdentityProblem>>;

/**
 * What the settings save of the identity as typed (issue #20: saved as it changes): each field
 * checked on its own; a field with a problem keeps its stored value (and the page shows what to
 * type), the others are saved. Stored the way letters print them: digits only for the SIRET,
 * the IBAN by groups of four, the BIC in capitals. Only the SIRET is asked: the SIREN is its
 * first nine digits (INSEE: SIRET = SIREN + NIC), kept as stored when no SIRET is given.
 */
export function identityToSave(
  stored: Identity,
  typed: Identity,
): { identity: Identity; problems: IdentityProblems } {
  const trimmed = Object.fromEntries(Object.entries(typed).map(([k, v]) => [k, v.trim()])) as Identity;
  const found: IdentityProblems = {
    siret: checkSiret(trimmed.siret, '') ?? undefined,
    iban: checkIban(trimmed.iban) ?? undefined,
    bic: checkBic(trimmed.bic) ?? undefined,
    email: checkEmail(trimmed.email) ?? undefined,
    phone: checkPhone(trimmed.phone) ?? undefined,
  };
  const problems = Object.fromEntries(Object.entries(found).filter(([, v]) => v)) as IdentityProblems;
  const clean: Identity = {
    ...trimmed,
    siret: digitsOnly(trimmed.siret),
    iban: formatIban(trimmed.iban),
    bic: trimmed.bic.toUpperCase(),
  };
  for (const key of Object.keys(problems) as (keyof Identity)[]) clean[key] = stored[key];
  // A SIRET cleared clears its SIREN; a SIREN stored alone (older data) stays until a SIRET is given.
  clean.siren = sirenFromSiret(clean.siret) ?? (stored.siret === '' ? stored.siren : '');
  return { identity: clean, problems };
}
