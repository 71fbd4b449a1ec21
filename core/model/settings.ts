import { z } from 'zod';
import { CsvMappingSchema } from './bank';
import { AddressingSchema, ContractualRateSchema, IdSchema } from './common';
import { InvoiceImportMappingSchema } from './import';
import { CustomTemplateSchema, MAX_CUSTOM_TEMPLATES } from './template';
import { multiLine, singleLine } from './text';
import { WELCOME_STEP_NAMES, type WelcomeStep } from './welcome-steps';

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

/** An account to be paid on, for invoices in its currency (issue #17). */
export const PaymentAccountSchema = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, 'devise ISO 4217 attendue (EUR, USD…)'),
  iban: z.string().trim().min(15).max(50),
  bic: z.string().trim().max(20).default(''),
});
export type PaymentAccount = z.infer<typeof PaymentAccountSchema>;

/** An address the client's browser opens: https only (no javascript:, no plain http). */
const PaymentLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine((v) => {
    if (v === '') return true;
    try {
      const url = new URL(v);
      return url.protocol === 'https:' && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'lien de paiement : adresse https:// attendue');

/** The payment block of every reminder, letter and formal notice, beyond the identity's IBAN. */
export const PaymentSettingsSchema = z.object({
  /** A pay page (the invoicing tool's, a payment provider's), shown with the reference. */
  link: PaymentLinkSchema.default(''),
  /** Other accounts, one per currency; the identity's IBAN is the default one. */
  accounts: z.array(PaymentAccountSchema).max(10).default([]),
  /** « Le virement est parti »: days the next step waits for the money (core/dunning). */
  holdDays: z.number().int().min(1).max(30).default(5),
});
export type PaymentSettings = z.infer<typeof PaymentSettingsSchema>;

/**
 * What the user is in law as a creditor (issue #15, legal-fr.md §7.6): it decides the court
 * against a trader or an artisan (C. com. L721-3). Most freelancers in BNC are neither; a
 * SASU, EURL or a commercial activity makes them traders; a craftsman is an artisan.
 */
export const CreditorStatusSchema = z.enum(['non-trader', 'trader', 'artisan']);
export type CreditorStatus = z.infer<typeof CreditorStatusSchema>;

/**
 * What the user's own invoices print (issue #19), asked once in the welcome: it stands for the
 * mentions of invoices whose document Échéance never read (a CSV row), instead of taking every
 * one of them as silent (C. com. L441-9; core/identity/mention-defaults.ts). The rate clause
 * itself is `defaultContractualRate`. `vatFranchise`: « TVA non applicable, art. 293 B du CGI ».
 */
export const MentionDefaultsSchema = z.object({
  penaltyRate: z.boolean(),
  recoveryIndemnity: z.boolean(),
  vatFranchise: z.boolean().default(false),
});
export type MentionDefaults = z.infer<typeof MentionDefaultsSchema>;

/** Largest signature image kept (bytes, before base64): a letter stays far under its PDF budget. */
export const MAX_SIGNATURE_BYTES = 100_000;

const isBase64 = (s: string) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s);

/** The user's scanned signature, printed above their name on letters; stored locally only. */
export const SignatureImageSchema = z.object({
  mime: z.enum(['image/png', 'image/jpeg']),
  base64: z
    .string()
    .min(8)
    .max(Math.ceil(MAX_SIGNATURE_BYTES / 3) * 4)
    .refine(isBase64, 'signature : image illisible (base64 attendu)'),
  widthPx: z.number().int().min(1).max(4000),
  heightPx: z.number().int().min(1).max(4000),
});
export type SignatureImage = z.infer<typeof SignatureImageSchema>;

/** The welcome's steps, in order (entrypoints/welcome). */
export const WelcomeStepSchema = z.enum(WELCOME_STEP_NAMES);
export type { WelcomeStep };

/** How far the welcome went: resumed where it stopped, listed in the popup until done or dismissed. */
export const WelcomeProgressSchema = z.object({
  done: z.array(WelcomeStepSchema).max(4).default([]),
  dismissed: z.boolean().default(false),
});
export type WelcomeProgress = z.infer<typeof WelcomeProgressSchema>;

export const SettingsSchema = z.object({
  /** Bumped when the shape changes; migrations live in core/db. */
  version: z.literal(1).default(1),
  identity: IdentitySchema.default(IdentitySchema.parse({})),
  defaultScenarioId: IdSchema.default('standard'),
  /** Rate the user's terms of sale state, applied when an invoice states none. */
  defaultContractualRatePercent: z.number().min(0).max(100).nullable().default(null),
  /** The same default with its kind (« 3 × le taux légal »…); wins over the percent when set. */
  defaultContractualRate: ContractualRateSchema.nullable().optional(),
  language: z.enum(['auto', 'fr', 'en']).default('auto'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  mailTarget: MailTargetSchema.default('gmail'),
  gmailAccount: z.number().int().min(0).max(20).default(0),
  /** Reminders and the formal notice e-mail carry the invoice's stored PDF (Gmail); absent: yes. */
  attachInvoicePdf: z.boolean().optional(),
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
  /** Column mappings of bank CSV layouts no profile knows, one per file shape (issue #17). */
  bankMappings: z.array(CsvMappingSchema).max(50).default([]),
  payment: PaymentSettingsSchema.default({ link: '', accounts: [], holdDays: 5 }),
  /** Columns confirmed for invoice exports no header name gave, one per file shape (issue #19). */
  invoiceImportMappings: z.array(InvoiceImportMappingSchema).max(50).default([]),
  /** The user as a creditor: trader, artisan or neither (decides the court, core/law/routes). */
  creditorStatus: CreditorStatusSchema.default('non-trader'),
  /** What the user's invoices print, for invoices read from no document; null: never asked. */
  mentionDefaults: MentionDefaultsSchema.nullable().default(null),
  /** The signature image printed on letters; null: the typed signature lines only. */
  signatureImage: SignatureImageSchema.nullable().default(null),
  /** « tu » or « vous » for clients created from now on (each client can be changed). */
  defaultAddressing: AddressingSchema.default('vous'),
  welcome: WelcomeProgressSchema.default({ done: [], dismissed: false }),
  /** Reminder texts the user rewrote (core/model/template.ts); ours for every other step. */
  templates: z.array(CustomTemplateSchema).max(MAX_CUSTOM_TEMPLATES).default([]),
  /** The daily backup to a folder keeps this many days (core/backup/schedule.ts). */
  autoBackupKeep: z.number().int().min(1).max(365).default(14),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
