import { z } from 'zod';
import { IdSchema } from './common';
import { multiLine, singleLine } from './text';

export const MailTargetSchema = z.enum(['gmail', 'outlook', 'mailto']);
export type MailTarget = z.infer<typeof MailTargetSchema>;

/** A rate the user confirmed or corrected for a semester (e.g. a provisional one). */
export const RateOverrideSchema = z.object({
  semester: z.string().regex(/^\d{4}-S[12]$/),
  ecbMroPercent: z.number().min(-5).max(50).nullable().default(null),
  legalRatePercent: z.number().min(-5).max(50).nullable().default(null),
  source: z.string().max(500).default(''),
});
export type RateOverride = z.infer<typeof RateOverrideSchema>;

export const IdentitySchema = z.object({
  name: singleLine().max(200).default(''),
  tradeName: singleLine().max(200).default(''),
  siren: singleLine().max(20).default(''),
  siret: singleLine().max(20).default(''),
  address: multiLine().max(500).default(''),
  city: singleLine().max(100).default(''),
  email: singleLine().max(200).default(''),
  phone: singleLine().max(40).default(''),
  iban: singleLine().max(50).default(''),
  bic: singleLine().max(20).default(''),
  signature: multiLine().max(500).default(''),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const SettingsSchema = z.object({
  /** Bumped when the shape changes; migrations live in core/db. */
  version: z.literal(1).default(1),
  identity: IdentitySchema.default(IdentitySchema.parse({})),
  defaultScenarioId: IdSchema.default('standard'),
  /** Rate the user's terms of sale state, applied when an invoice states none. */
  defaultContractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  language: z.enum(['auto', 'fr', 'en']).default('auto'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  mailTarget: MailTargetSchema.default('gmail'),
  gmailAccount: z.number().int().min(0).max(20).default(0),
  notifications: z
    .object({
      hour: z.number().int().min(0).max(23).default(9),
      minute: z.number().int().min(0).max(59).default(0),
      /** 0 = Sunday … 6 = Saturday. */
      days: z.array(z.number().int().min(0).max(6)).max(7).default([1, 2, 3, 4, 5]),
      digest: z.boolean().default(true),
      highStakes: z.boolean().default(true),
    })
    .default({ hour: 9, minute: 0, days: [1, 2, 3, 4, 5], digest: true, highStakes: true }),
  /** Days given by a formal notice, counted from receipt (8 to 15). */
  formalNoticeDelayDays: z.number().int().min(8).max(15).default(8),
  rateOverrides: z.array(RateOverrideSchema).max(100).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
