/** The zod form of SiteInvoice, for tests and whoever receives one. */
import { z } from 'zod';
import { IsoDateSchema } from '../../model';

export const SiteInvoiceSchema = z.object({
  app: z.enum(['invoiceninja', 'invoiceshelf', 'odoo', 'dolibarr']),
  number: z.string().min(1).max(100).nullable(),
  issueDate: IsoDateSchema.nullable(),
  dueDate: IsoDateSchema.nullable(),
  totalCents: z.number().int().nonnegative().nullable(),
  amountDueCents: z.number().int().nonnegative().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  buyerName: z.string().min(1).max(300).nullable(),
  buyerEmail: z.email().nullable(),
  sellerName: z.string().min(1).max(300).nullable(),
  paid: z.boolean(),
});
