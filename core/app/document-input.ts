/** What every document and the recovery routes read of one case (core/documents DocumentInput). */
import type { DocumentInput } from '../documents/input';
import type { IsoDate } from '../model';
import type { ActionCase } from './action-view';

export function documentInput(
  { kase, settings }: Pick<ActionCase, 'kase' | 'settings'>,
  asOf: IsoDate,
): DocumentInput {
  return { client: kase.client, invoices: [kase.invoice], events: kase.events, settings, asOf };
}
