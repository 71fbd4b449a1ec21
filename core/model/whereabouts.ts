import { z } from 'zod';
import { IsoDateSchema } from './common';

/**
 * « Où en êtes-vous ? » (issue #19): how far the user already went with a late invoice before
 * Échéance tracked it. The furthest point reached, with the day it happened when known. It is
 * recorded as ordinary, dated events, so the ladder starts from the step that fits both this
 * history and the lateness.
 */
export const WhereaboutsSchema = z.object({
  reached: z.enum(['nothing', 'email', 'call', 'formal_notice']),
  /** The day of that last action; null when the user does not remember (then: unknown, past). */
  on: IsoDateSchema.nullable().default(null),
  /** Where the answer came from: asked to the user, or read from the Gmail thread (pre-filled). */
  source: z.enum(['user', 'gmail-thread']).default('user'),
});
export type Whereabouts = z.infer<typeof WhereaboutsSchema>;
