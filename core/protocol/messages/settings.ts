/** What the dashboard saves: settings, clients, scenarios, and the bank statements' matches. */
import { z } from 'zod';
import {
  BankPaymentSchema,
  ClientSchema,
  CsvMappingSchema,
  ScenarioSchema,
  SettingsSchema,
} from '../../model';

export const settingsMessages = {
  'settings/save': {
    request: z.object({ settings: SettingsSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'settings/patch': {
    // One section's fields (identity, notifications, display…), set on top of the settings as
    // stored when the background writes them: two sections saved a moment apart both stay. The
    // whole is checked against SettingsSchema there (core/app/settings.ts patchSettings).
    request: z.object({ patch: z.partialRecord(SettingsSchema.keyof(), z.unknown()) }),
    response: z.object({ ok: z.literal(true) }),
  },
  'client/save': {
    // The whole client, as the dashboard edited it (tu/vous, scenario, contact details…).
    request: z.object({ client: ClientSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'client/statement-mail': {
    // The grouped reminder: the client's statement of account as a new message in the mailbox
    // target (a Gmail compose by default). `invoices`: how many it lists; 0 opens nothing.
    request: z.object({ clientId: z.string().min(1).max(200) }),
    response: z.object({ opened: z.boolean(), invoices: z.number().int() }),
  },
  'gmail/accounts': {
    // The Gmail accounts of the open Gmail tabs (core/app/gmail-accounts.ts), for the settings.
    // Nothing to say: any key is refused (a payload is never trusted to be empty).
    request: z.strictObject({}),
    response: z.object({
      accounts: z
        .array(z.object({ index: z.number().int().min(0).max(99), email: z.string().max(320).nullable() }))
        .max(100),
    }),
  },
  'scenario/save': {
    request: z.object({ scenario: ScenarioSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
  'scenario/delete': {
    request: z.object({ scenarioId: z.string().min(1) }),
    response: z.object({ ok: z.literal(true) }),
  },
  'bank/record': {
    // Confirmed matches of a bank statement: each bank line pays one or more invoices. One
    // transaction; a line already recorded (same hash) is skipped, so a re-import is harmless.
    request: z.object({ payments: z.array(BankPaymentSchema).min(1).max(20_000) }),
    response: z.object({ recorded: z.number().int(), skipped: z.number().int() }),
  },
  'bank/mapping/save': {
    // The columns of a CSV layout no profile knows, remembered by its header signature.
    request: z.object({ mapping: CsvMappingSchema }),
    response: z.object({ ok: z.literal(true) }),
  },
} as const;
