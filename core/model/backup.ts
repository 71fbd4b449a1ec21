import { z } from 'zod';
import { ClientSchema } from './client';
import { IdSchema } from './common';
import { EventSchema } from './event';
import { InvoiceSchema } from './invoice';
import { ScenarioSchema } from './scenario';
import { SettingsSchema } from './settings';
import { singleLine } from './text';

/**
 * What `btoa` writes: the base64 alphabet, `=` only as final padding, a length multiple of 4.
 * One character class, no repeated group: V8 overflows its stack on a group repeated over
 * millions of characters (a 20 MB PDF).
 */
const isBase64 = (s: string) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);

/** A stored file (the invoice PDF, an acknowledgement of receipt), base64 in backups. */
export const StoredFileSchema = z.object({
  id: IdSchema,
  invoiceId: IdSchema.nullable(),
  name: singleLine().max(300),
  mime: singleLine().max(100),
  // Checked here: a file that is not base64 would only fail later, inside a letter or the kit.
  base64: z.string().max(30_000_000).refine(isBase64, 'fichier illisible (base64 attendu)'),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

export const BACKUP_FORMAT = 'echeance-backup';
/** The format this build writes; 1 had no checksum. A file from a later format is refused. */
export const BACKUP_VERSION = 2;

/** Everything the user has, in one file that restores exactly. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.union([z.literal(1), z.literal(2)]),
    exportedAt: z.iso.datetime({ offset: true }),
    settings: SettingsSchema,
    clients: z.array(ClientSchema),
    invoices: z.array(InvoiceSchema),
    events: z.array(EventSchema),
    scenarios: z.array(ScenarioSchema),
    files: z.array(StoredFileSchema).default([]),
    /** `sha256:<hex>` of the content (core/backup/format.ts); absent in format 1. */
    checksum: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .optional(),
  })
  .superRefine((b, ctx) => {
    for (const issue of backupReferenceIssues(b)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type Backup = z.infer<typeof BackupSchema>;

type BackupRows = Pick<Backup, 'clients' | 'invoices' | 'events' | 'scenarios' | 'files'>;

/**
 * What rows alone cannot say: ids unique per table, invoice numbers unique (the number is how
 * the user and the client name an invoice), every reference pointing at a row of the file.
 */
export function backupReferenceIssues(b: BackupRows): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const ids = (table: keyof BackupRows) => {
    const seen = new Set<string>();
    for (const [i, row] of b[table].entries()) {
      if (seen.has(row.id))
        issues.push({ path: [table, i, 'id'], message: `identifiant en double « ${row.id} »` });
      seen.add(row.id);
    }
    return seen;
  };
  const clients = ids('clients');
  const invoices = ids('invoices');
  const files = ids('files');
  ids('events');
  ids('scenarios');
  const numbers = new Set<string>();
  for (const [i, inv] of b.invoices.entries()) {
    if (!clients.has(inv.clientId))
      issues.push({ path: ['invoices', i, 'clientId'], message: `client inconnu « ${inv.clientId} »` });
    if (inv.fileId !== null && !files.has(inv.fileId))
      issues.push({ path: ['invoices', i, 'fileId'], message: `fichier inconnu « ${inv.fileId} »` });
    if (numbers.has(inv.number))
      issues.push({
        path: ['invoices', i, 'number'],
        message: `numéro de facture en double « ${inv.number} »`,
      });
    numbers.add(inv.number);
  }
  for (const [i, ev] of b.events.entries()) {
    if (!invoices.has(ev.invoiceId))
      issues.push({ path: ['events', i, 'invoiceId'], message: `facture inconnue « ${ev.invoiceId} »` });
  }
  for (const [i, f] of b.files.entries()) {
    if (f.invoiceId !== null && !invoices.has(f.invoiceId))
      issues.push({ path: ['files', i, 'invoiceId'], message: `facture inconnue « ${f.invoiceId} »` });
  }
  return issues;
}
