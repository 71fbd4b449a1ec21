import { PRESET_SCENARIOS } from '../dunning/presets';
import type { BackupContent, Issue } from './format';

/**
 * A client or the settings naming a scenario the file does not hold would silently fall back
 * to the standard one (core/dunning scenarioFor): refused instead, with the row.
 */
export function scenarioIssues(b: Pick<BackupContent, 'settings' | 'clients' | 'scenarios'>): Issue[] {
  const known = new Set([...PRESET_SCENARIOS.map((s) => s.id), ...b.scenarios.map((s) => s.id)]);
  const issues: Issue[] = [];
  if (!known.has(b.settings.defaultScenarioId))
    issues.push({
      path: 'settings.defaultScenarioId',
      message: `scénario inconnu « ${b.settings.defaultScenarioId} »`,
    });
  for (const [i, c] of b.clients.entries()) {
    if (c.scenarioId !== null && !known.has(c.scenarioId))
      issues.push({ path: `clients.${i}.scenarioId`, message: `scénario inconnu « ${c.scenarioId} »` });
  }
  return issues;
}
