/** The user's own scenarios (the presets live in core/dunning and are never stored). */
import type { Scenario } from '../model';
import type { EcheanceDb } from './database';

export async function saveScenario(db: EcheanceDb, scenario: Scenario): Promise<void> {
  await db.scenarios.put(scenario);
}

/** Deletes a scenario; its clients go back to the default one, in the same transaction. */
export async function deleteScenario(db: EcheanceDb, scenarioId: string): Promise<void> {
  await db.transaction('rw', db.scenarios, db.clients, async () => {
    await db.scenarios.delete(scenarioId);
    await db.clients
      .where('id')
      .notEqual('')
      .modify((c) => {
        if (c.scenarioId === scenarioId) c.scenarioId = null;
      });
  });
}
