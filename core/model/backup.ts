import { z } from 'zod';
import { ClientSchema } from './client';
import { IdSchema } from './common';
import { EventSchema } from './event';
import { InvoiceSchema } from './invoice';
import { ScenarioSchema } from './scenario';
import { SettingsSchema } from './settings';
import { singleLine } from './text';

/** A stored file (the invoice PDF, an acknowledgement of receipt), base64 in backups. */
export const StoredFileSchema = z.object({
  id: IdSchema,
  invoiceId: IdSchema.nullable(),
  name: singleLine().max(300),
  mime: singleLine().max(100),
  base64: z.string().max(30_000_000),
});
export type StoredFile = z.infer<typeof StoredFileSchema>;

export const BACKUP_FORMAT = 'echeance-backup';

/** Everything the user has, in one file that restores exactly. */
export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    exportedAt: z.iso.datetime({ offset: true }),
    settings: SettingsSchema,
    clients: z.array(ClientSchema),
    invoices: z.array(InvoiceSchema),
    events: z.array(EventSchema),
    scenarios: z.array(ScenarioSchema),
    files: z.array(StoredFileSchema).default([]),
  })
  .superRefine((b, ctx) => {
    const clients = new Set(b.clients.map((c) => c.id));
    const invoices = new Set(b.invoices.map((i) => i.id));
    for (const [i, inv] of b.invoices.entries()) {
      if (!clients.has(inv.clientId))
        ctx.addIssue({
          code: 'custom',
          path: ['invoices', i, 'clientId'],
          message: `client inconnu « ${inv.clientId} »`,
        });
    }
    for (const [i, ev] of b.events.entries()) {
      if (!invoices.has(ev.invoiceId))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'invoiceId'],
          message: `facture inconnue « ${ev.invoiceId} »`,
        });
    }
  });
export type Backup = z.infer<typeof BackupSchema>;
