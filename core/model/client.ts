import { z } from 'zod';
import {
  AddressingSchema,
  ClientKindSchema,
  ContractualRateSchema,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
} from './common';
import { multiLine, singleLine } from './text';

export const ProceedingsKindSchema = z.enum(['sauvegarde', 'redressement', 'liquidation']);
export type ProceedingsKind = z.infer<typeof ProceedingsKindSchema>;

/**
 * What the debtor is in law (issue #15): it decides the competent court and the recovery
 * routes (legal-fr.md §7.5–7.8). Commerçant or commercial company; artisan; non-trader (civil
 * company, profession libérale, association…); consumer; public body.
 */
export const LegalTypeSchema = z.enum(['commercial', 'artisan', 'non-trader', 'consumer', 'public']);
export type LegalType = z.infer<typeof LegalTypeSchema>;

/**
 * Why reminders are off for a client (PRODUCT.md §4 « Per client »): paid by direct debit, a
 * standing arrangement with the user, or another reason of the user's.
 */
export const ReminderExclusionReasonSchema = z.enum(['direct_debit', 'arrangement', 'other']);
export type ReminderExclusionReason = z.infer<typeof ReminderExclusionReasonSchema>;

export const ClientSchema = z.object({
  id: IdSchema,
  name: singleLine().trim().min(1).max(300),
  kind: ClientKindSchema,
  /** First name of the contact person, for "Bonjour Marie". */
  contactFirstName: singleLine().max(100).nullable().default(null),
  emails: z.array(z.email()).max(20).default([]),
  phone: singleLine().max(40).nullable().default(null),
  /** Postal address, lines separated by "\n". */
  address: multiLine().max(500).nullable().default(null),
  siren: z
    .string()
    .regex(/^\d{9}$/, 'SIREN : 9 chiffres')
    .nullable()
    .default(null),
  addressing: AddressingSchema.default('vous'),
  language: LanguageSchema.default('fr'),
  /** Overrides the default scenario for this client. */
  scenarioId: IdSchema.nullable().default(null),
  notes: multiLine().max(5000).default(''),
  /** Collective proceedings published at BODACC: every reminder stops (C. com. L622-21). */
  proceedings: z.object({ kind: ProceedingsKindSchema, bodaccDate: IsoDateSchema }).nullable().default(null),
  workSuspended: z.boolean().default(false),
  /**
   * Set by the user: no reminder, alarm or notification for this client's invoices, nothing in
   * « Aujourd'hui », until it is lifted (issue #17). Absent or null: reminders run.
   */
  remindersOff: z.object({ since: IsoDateSchema, reason: ReminderExclusionReasonSchema }).nullish(),
  /** Set by the user; absent or null: not said yet, the app shows a guess (core/law/debtor). */
  legalType: LegalTypeSchema.nullish(),
  /**
   * The late-payment rate agreed with this client (a framework contract, their signed terms):
   * used for an invoice that states none, before the settings' default (issue #14). Absent on
   * clients stored before it existed.
   */
  contractualRate: ContractualRateSchema.nullish(),
  /** ISO 3166 alpha-2 country of the seat or domicile; absent: read from the address, else FR. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'pays : code ISO 3166 à deux lettres (FR, BE…)')
    .nullish(),
  /** The client's own e-mail signature, read in Gmail: a clue for the legal-type guess. */
  signature: multiLine().max(1000).nullish(),
});
export type Client = z.infer<typeof ClientSchema>;
export type ClientInput = z.input<typeof ClientSchema>;
