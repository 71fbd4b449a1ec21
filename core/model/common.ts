import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'date inexistante');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant, ISO 8601 with time (for createdAt / exportedAt). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Money is always an integer number of cents. */
export const CentsSchema = z.number().int().safe();

export const IdSchema = z.string().min(1).max(100);

/** The law that applies depends on it: B2B (L441-10) or consumer (C. civ. 1231-6). */
export const ClientKindSchema = z.enum(['pro', 'particulier']);
export type ClientKind = z.infer<typeof ClientKindSchema>;

export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'devise ISO 4217 attendue (EUR, USD…)');

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** How the client is addressed in French reminders. */
export const AddressingSchema = z.enum(['tu', 'vous']);
export type Addressing = z.infer<typeof AddressingSchema>;
