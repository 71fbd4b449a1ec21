/** Issue #20: « Payée » with its date and amount, « Rouvrir », « Modifier », « Ne plus suivre », « Annuler ». */
import { z } from 'zod';
import { CentsSchema, InvoiceEditSchema, IsoDateSchema, LanguageSchema } from '../../model';

const invoiceId = z.string().min(1).max(100);
const done = z.object({ ok: z.literal(true) });

export const editMessages = {
  'invoice/pay': {
    // The day it was received (not after today, checked by core/app) and how much: less than
    // what is left is a part payment. `lang`: the language of a refusal.
    request: z.object({
      invoiceId,
      date: IsoDateSchema,
      amountCents: CentsSchema.positive(),
      lang: LanguageSchema,
    }),
    response: done,
  },
  'invoice/reopen': {
    request: z.object({ invoiceId, lang: LanguageSchema }),
    response: done,
  },
  'invoice/edit': {
    request: z.object({ invoiceId, edit: InvoiceEditSchema, lang: LanguageSchema }),
    response: done,
  },
  'invoice/remove': {
    request: z.object({ invoiceId, lang: LanguageSchema }),
    response: done,
  },
  'undo/apply': {
    request: z.object({ undoId: z.string().min(1).max(100) }),
    response: z.object({ kind: z.string().max(100) }),
  },
} as const;
