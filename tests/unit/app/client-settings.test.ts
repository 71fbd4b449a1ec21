import { describe, expect, it } from 'vitest';
import { openStatementMail } from '../../../core/app/client-mail';
import { saveClientCase } from '../../../core/app/save-client';
import {
  deleteUserScenario,
  patchSettings,
  rememberBankMapping,
  rememberGmailLayout,
  saveAllSettings,
  saveUserScenario,
} from '../../../core/app/settings';
import { getSettings, gmailRecognised } from '../../../core/db';
import { CsvMappingSchema, DEFAULT_SETTINGS, type Scenario } from '../../../core/model';
import { ValidationFailure } from '../../../core/protocol';
import { fakePorts, freshDb, item, NOW, seed } from './fixture';

const later: Scenario = {
  id: 'later',
  name: 'Plus tard',
  builtIn: false,
  steps: [{ id: 'j20', offsetDays: 20, action: 'email', template: 'email.courteous', tone: 'courteous' }],
};

describe('a client’s statement of account', () => {
  it('opens one message listing what the client owes', async () => {
    const db = freshDb();
    const seeded = await seed(db, [item('F-1', '2026-03-04'), item('F-2', '2026-02-20')]);
    const ports = fakePorts();
    const out = await openStatementMail(db, seeded['F-1']!.clientId, NOW, ports);
    expect(out).toEqual({ opened: true, invoices: 2 });
    expect(ports.tabs).toHaveLength(1);
    const url = decodeURIComponent(ports.tabs[0]!);
    expect(url).toContain('F-1');
    expect(url).toContain('F-2');
  });

  it('opens nothing when nothing is owed', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04', { amountDueCents: 0 })]);
    const ports = fakePorts();
    expect(await openStatementMail(db, f1!.clientId, NOW, ports)).toEqual({ opened: false, invoices: 0 });
    expect(ports.tabs).toEqual([]);
    await expect(openStatementMail(db, 'nope', NOW, ports)).rejects.toThrow('client inconnu');
  });
});

describe('writes that change how invoices are chased', () => {
  it('a client moved to another scenario: its invoices follow', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await saveUserScenario(db, later, NOW);
    const client = (await db.clients.get(f1!.clientId))!;
    await saveClientCase(db, { ...client, scenarioId: 'later' }, NOW);
    expect((await db.invoices.get(f1!.id))?.nextActionDate).toBe('2026-03-24');
    // The scenario deleted: the client is back on the default one, and so is its invoice.
    await deleteUserScenario(db, 'later', NOW);
    expect((await db.clients.get(f1!.clientId))?.scenarioId).toBeNull();
    expect((await db.invoices.get(f1!.id))?.nextActionDate).toBe('2026-03-11');
  });

  it('a preset is never overwritten', async () => {
    const db = freshDb();
    await expect(saveUserScenario(db, { ...later, id: 'standard' }, NOW)).rejects.toBeInstanceOf(
      ValidationFailure,
    );
    expect(await db.scenarios.count()).toBe(0);
  });

  it('new settings: every invoice follows the new default scenario', async () => {
    const db = freshDb();
    const { 'F-1': f1 } = await seed(db, [item('F-1', '2026-03-04')]);
    await saveUserScenario(db, later, NOW);
    await saveAllSettings(db, { ...DEFAULT_SETTINGS, defaultScenarioId: 'later' }, NOW);
    expect((await db.invoices.get(f1!.id))?.nextActionDate).toBe('2026-03-24');
  });

  it('small rows that decide nothing: a bank mapping, Gmail’s layout', async () => {
    const db = freshDb();
    const mapping = CsvMappingSchema.parse({
      signature: 'date|libelle|montant',
      date: 0,
      amount: 2,
      label: [1],
    });
    await rememberBankMapping(db, mapping);
    expect((await getSettings(db)).bankMappings).toHaveLength(1);
    expect(await gmailRecognised(db)).toBeNull();
    await rememberGmailLayout(db, false, NOW);
    expect(await gmailRecognised(db)).toBe(false);
  });
});

describe('a settings section saved (settings/patch)', () => {
  it('sets its fields on the settings as stored: two sections saved a moment apart both stay', async () => {
    const db = freshDb();
    // Both pages read the same settings; identity is saved first, then the display section,
    // which never saw the new city.
    await patchSettings(
      db,
      { identity: { ...DEFAULT_SETTINGS.identity, name: 'Marie Dupont', city: 'Lyon' } },
      NOW,
    );
    await patchSettings(db, { theme: 'dark' }, NOW);
    const stored = await getSettings(db);
    expect(stored.identity).toMatchObject({ name: 'Marie Dupont', city: 'Lyon' });
    expect(stored.theme).toBe('dark');
  });

  it('refuses a patch that breaks the settings, and writes nothing', async () => {
    const db = freshDb();
    await patchSettings(db, { theme: 'dark' }, NOW);
    await expect(patchSettings(db, { formalNoticeDelayDays: 40 }, NOW)).rejects.toBeInstanceOf(
      ValidationFailure,
    );
    expect(await getSettings(db)).toMatchObject({ theme: 'dark', formalNoticeDelayDays: 8 });
  });
});
