import { z } from 'zod';
import { isCalendarDate } from '../dates';

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return isCalendarDate(y, m, d);
  }, 'date inexistante');
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** An instant, ISO 8601 with time (for createdAt / exportedAt). */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });

/** Money is always an integer number of cents. */
export const CentsSchema = z.number().int().safe();

export const IdSchema = z.string().min(1).max(100);

/**
 * The law that applies depends on it: B2B (C. com. L441-10), consumer (C. civ. 1231-6), or a
 * public body — State, local authority, university — (Code de la commande publique L2192-13,
 * R2192-31, D2192-35: ECB + 8 points and 40 €, no injonction de payer; legal-fr.md §7.5).
 */
export const ClientKindSchema = z.enum(['pro', 'particulier', 'public']);
export type ClientKind = z.infer<typeof ClientKindSchema>;

export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, 'devise ISO 4217 attendue (EUR, USD…)');

export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** How the client is addressed in French reminders. */
export const AddressingSchema = z.enum(['tu', 'vous']);
export type Addressing = z.infer<typeof AddressingSchema>;

/**
 * A late-payment rate as the invoice or the terms of sale state it (legal-fr.md §7.1): a fixed
 * percent a year, N × the legal interest rate (« trois fois le taux d'intérêt légal », read per
 * semester in the "autres cas" column), or the ECB rate + N points (per semester). No rate at
 * all means the legal default (ECB + 10 for a professional debtor).
 * `automaticWithoutNotice`: a signed clause making interest run without a formal notice (C. civ.
 * 1344), the only way a consumer owes interest before the notice.
 */
export const ContractualRateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('fixed'),
    percent: z.number().min(0).max(100),
    automaticWithoutNotice: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('legal-multiple'), factor: z.number().positive().max(20) }),
  z.object({ kind: z.literal('ecb-plus'), points: z.number().min(0).max(50) }),
]);
export type ContractualRate = z.infer<typeof ContractualRateSchema>;
export type RateKind = ContractualRate['kind'];
