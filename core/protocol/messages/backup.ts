/**
 * Restoring a backup. It travels in chunks (Chrome caps one message at 64 MiB), staged by the
 * background, then committed in one transaction. Each chunk's rows are validated here, row by row.
 */
import { z } from 'zod';
import {
  ClientSchema,
  EventSchema,
  IdSchema,
  InvoiceSchema,
  ScenarioSchema,
  SettingsSchema,
  StoredFileSchema,
} from '../../model';

export const backupMessages = {
  'backup/stage': {
    request: z.object({
      restoreId: IdSchema,
      seq: z.number().int().min(0).max(10_000_000),
      chunk: z.discriminatedUnion('table', [
        z.object({ table: z.literal('clients'), rows: z.array(ClientSchema).max(200_000) }),
        z.object({ table: z.literal('invoices'), rows: z.array(InvoiceSchema).max(200_000) }),
        z.object({ table: z.literal('events'), rows: z.array(EventSchema).max(200_000) }),
        z.object({ table: z.literal('scenarios'), rows: z.array(ScenarioSchema).max(1000) }),
        z.object({ table: z.literal('files'), rows: z.array(StoredFileSchema).max(10_000) }),
      ]),
    }),
    response: z.object({ ok: z.literal(true) }),
  },
  'backup/commit': {
    request: z.object({
      restoreId: IdSchema,
      mode: z.enum(['replace', 'merge']),
      settings: SettingsSchema,
      /** Rows the file holds per table: a chunk lost on the way is noticed before writing. */
      counts: z.object({
        clients: z.number().int().min(0),
        invoices: z.number().int().min(0),
        events: z.number().int().min(0),
        scenarios: z.number().int().min(0),
        files: z.number().int().min(0),
      }),
    }),
    response: z.object({
      mode: z.enum(['replace', 'merge']),
      invoices: z.number().int(),
      clients: z.number().int(),
      events: z.number().int(),
      files: z.number().int(),
      unchanged: z.number().int(),
      /** Rows kept as they were here; the first 500, `conflictCount` says how many in all. */
      conflicts: z
        .array(
          z.object({
            table: z.enum(['clients', 'invoices', 'events', 'scenarios', 'files']),
            label: z.string(),
            reason: z.enum(['different', 'number-taken']),
          }),
        )
        .max(500),
      conflictCount: z.number().int(),
    }),
  },
  'backup/auto/run': {
    // The daily backup, now: the settings page asks right after a folder is chosen or allowed
    // again; the background writes (core/app/auto-backup.ts) and says what it did.
    // Nothing to say: any key is refused (a payload is never trusted to be empty).
    request: z.strictObject({}),
    response: z.object({
      outcome: z.enum(['no-folder', 'written', 'unchanged', 'permission', 'failed']),
    }),
  },
  'backup/discard': {
    request: z.object({ restoreId: IdSchema.nullable() }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;
