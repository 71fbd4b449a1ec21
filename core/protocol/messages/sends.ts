/**
 * Reminders that leave for a mailbox: the new Gmail message the Gmail page recognises as ours,
 * the invoice PDF its compose attaches, and the user's answer to « À confirmer ».
 */
import { z } from 'zod';
import { CoveredSchema } from '../../model';

const FileSchema = z.object({
  name: z.string().min(1).max(300),
  mime: z.string().max(100),
  base64: z.string().max(30_000_000),
});

export const sendsMessages = {
  'gmail/opened-compose': {
    // A new-message compose of the Gmail page, read as it opened: is it a reminder Échéance
    // opened (core/app/opened-composes.ts)? Then the page follows it to Send.
    request: z.object({
      to: z.array(z.string().max(320)).max(50),
      subject: z.string().max(1000),
      body: z.string().max(4000),
    }),
    response: z.object({
      found: z
        .object({
          invoiceId: z.string(),
          stepId: z.string(),
          template: z.string(),
          covers: z.array(CoveredSchema).max(200),
          /** The start of the reminder's text, to recognise it once sent. */
          start: z.string(),
          /** Whether to ask for the invoice PDF and drop it in the compose. */
          attach: z.boolean(),
        })
        .nullable(),
    }),
  },
  'gmail/remember-compose': {
    // The thread has no reply control: the page opens the reminder as a new message in a new
    // tab, remembered first so that tab's page follows it to Send.
    request: z.object({ invoiceId: z.string().min(1).max(100) }),
    response: z.object({ remembered: z.boolean() }),
  },
  'gmail/invoice-pdf': {
    // The invoice's stored PDF for the reminder's compose: only while a step is due for it and
    // the user has not turned the attachment off; null otherwise.
    request: z.object({ invoiceId: z.string().min(1).max(100) }),
    response: z.object({ file: FileSchema.nullable() }),
  },
  'pending/answer': {
    // « Oui » records the reminder for every invoice it covered; « Non, pas envoyée » nothing.
    request: z.object({ id: z.string().min(1).max(100), sent: z.boolean() }),
    response: z.object({ recorded: z.boolean() }),
  },
} as const;
