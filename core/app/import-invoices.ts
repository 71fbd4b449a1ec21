/**
 * The invoice import's use cases beyond the first import (issue #19): what a file's numbers
 * are here, the re-import's one-transaction write, and the mappings confirmed per file shape.
 * The background's handlers are these, one line in entrypoints/background/handlers.ts.
 */
import { localDate } from '../dates';
import type { Deriver, EcheanceDb } from '../db';
import { applyImportUpdate, importState, saveImportMapping } from '../db/import-update';
import { getSettings } from '../db/repository';
import type { Handlers } from '../protocol';

type ImportHandlers = Pick<
  Handlers,
  | 'invoices/import-state'
  | 'invoices/import-update'
  | 'invoices/import-mappings'
  | 'invoices/import-mapping/save'
>;

export function importInvoiceHandlers(deps: {
  db: EcheanceDb;
  now: () => Date;
  derive: () => Promise<Deriver>;
  afterWrite: () => Promise<void>;
}): ImportHandlers {
  const { db, now } = deps;
  return {
    'invoices/import-state': ({ numbers, clients }) => importState(db, numbers, clients),
    'invoices/import-update': async ({ updates, items, origin }) => {
      const at = now();
      const outcome = await applyImportUpdate(
        db,
        updates,
        items,
        origin,
        at.toISOString(),
        await deps.derive(),
        localDate(at),
      );
      // As the first import: answered once committed, the replan follows.
      void deps.afterWrite();
      return outcome;
    },
    'invoices/import-mappings': async () => ({ mappings: (await getSettings(db)).invoiceImportMappings }),
    'invoices/import-mapping/save': async ({ mapping }) => {
      await saveImportMapping(db, mapping);
      return { ok: true as const };
    },
  };
}
