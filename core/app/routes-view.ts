/**
 * The roads after the formal notice that fit a case (issue #15), best first: core/documents
 * recovery decides from the case; the routes panel shows the answer.
 */
import { type CaseRoutes, caseRoutes } from '../documents/recovery';
import type { IsoDate, Language } from '../model';
import type { ActionCase } from './action-view';
import { documentInput } from './document-input';

/** null when the case makes no document input (another client's invoice…): nothing to show. */
export function routesForCase(
  live: Pick<ActionCase, 'kase' | 'settings'>,
  asOf: IsoDate,
  lang: Language,
): CaseRoutes | null {
  try {
    return caseRoutes(documentInput(live, asOf), lang);
  } catch {
    return null;
  }
}
