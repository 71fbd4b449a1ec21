/**
 * What a restore writes, decided from the staged rows before anything is written: the whole
 * file again (its counts, its references) and, for « Fusionner », what is new. Any problem
 * throws, and the transaction that called this writes nothing.
 */
import type { Settings } from '../model';
import { backupReferenceIssues } from '../model';
import { ValidationFailure } from '../protocol';
import type { TableName } from './chunks';
import { TABLES } from './chunks';
import { type Conflict, planMerge, type Rows } from './merge';
import { scenarioIssues } from './scenarios';

export type RestoreMode = 'replace' | 'merge';

export interface RestoreDecision {
  replace: boolean;
  rows: Rows;
  conflicts: Conflict[];
  unchanged: number;
}

export function decideRestore(
  mode: RestoreMode,
  staged: Rows,
  settings: Settings,
  counts: Record<TableName, number>,
  current: Rows | null,
): RestoreDecision {
  const lost = TABLES.filter((t) => staged[t].length !== counts[t]);
  if (lost.length > 0) {
    throw new ValidationFailure(
      'la sauvegarde n’est pas arrivée en entier',
      lost.map((t) => ({ path: t, message: `${staged[t].length} lignes reçues sur ${counts[t]}` })),
    );
  }
  const issues = [
    ...backupReferenceIssues(staged).map((i) => ({ path: i.path.join('.'), message: i.message })),
    ...scenarioIssues({ settings, clients: staged.clients, scenarios: staged.scenarios }),
  ];
  if (issues.length > 0)
    throw new ValidationFailure('ce fichier n’est pas une sauvegarde Échéance valide', issues);
  if (mode === 'replace') return { replace: true, rows: staged, conflicts: [], unchanged: 0 };
  if (!current) throw new Error('fusion sans les données actuelles');
  const plan = planMerge(current, staged);
  return { replace: false, rows: plan.add, conflicts: plan.conflicts, unchanged: plan.unchanged };
}
