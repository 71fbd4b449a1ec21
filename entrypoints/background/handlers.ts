import { localDate } from '../../core/dates';
import { addEvent, type EcheanceDb, importItems, restoreBackup, saveSettings } from '../../core/db';
import { BackupSchema } from '../../core/model';
import { extensionVersion } from '../../core/platform';
import { type Handlers, issuesOf, ValidationFailure } from '../../core/protocol';
import { deriveState } from './derive';

/** The background owns every write; each handler is one transaction in core/db. */
export function makeHandlers(db: EcheanceDb, now: () => Date, afterWrite: () => Promise<void>): Handlers {
  const written = async <T>(result: T): Promise<T> => {
    await afterWrite();
    return result;
  };
  return {
    ping: async () => ({ pong: true, version: extensionVersion() }),

    'invoices/import': async ({ items, origin }) => {
      const at = now();
      return written(
        await importItems(db, items, origin, at.toISOString(), await deriveState(db), localDate(at)),
      );
    },

    'event/add': async ({ event }) => {
      await addEvent(db, event, await deriveState(db), localDate(now()));
      return written({ ok: true as const });
    },

    'backup/restore': async ({ backup }) => {
      const parsed = BackupSchema.safeParse(backup);
      if (!parsed.success) {
        throw new ValidationFailure(
          'ce fichier n’est pas une sauvegarde Échéance valide',
          issuesOf(parsed.error),
        );
      }
      await restoreBackup(db, parsed.data);
      return written({
        invoices: parsed.data.invoices.length,
        clients: parsed.data.clients.length,
        events: parsed.data.events.length,
      });
    },

    'settings/save': async ({ settings }) => {
      await saveSettings(db, settings);
      return written({ ok: true as const });
    },
  };
}
