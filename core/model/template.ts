/**
 * A reminder text the user wrote for one step action, one tone and one voice (« tu », « vous »,
 * English), kept in the settings (so every backup carries it). Variables are `{name}` from the
 * documented list below (core/templates/custom.ts fills them); any other `{…}` is refused with
 * its name, so a typo never reaches a client as « {prenon} ».
 */
import { z } from 'zod';
import { StepActionSchema, ToneSchema } from './scenario';
import { multiLine, singleLine } from './text';

/** What a template may say; core/templates/custom.ts gives each one its value. */
export const TEMPLATE_VARIABLES = [
  'greeting',
  'client',
  'first_name',
  'invoice_numbers',
  'amount_due',
  'due_date',
  'days_late',
  'invoice_list',
  'broken_promise',
  'missed_plan',
  'history',
  'penalties',
  'total_claimed',
  'deadline_date',
  'deadline_days',
  'payment',
  'closing',
  'signature',
  'sender_name',
  'phone',
] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];

const KNOWN = new Set<string>(TEMPLATE_VARIABLES);

/** The `{…}` of a text that are not variables, in order, once each. */
export function unknownVariables(text: string): string[] {
  const found = [...text.matchAll(/\{([^{}\n]*)\}/g)].map((m) => m[1]!).filter((name) => !KNOWN.has(name));
  return [...new Set(found)];
}

export const TemplateVoiceSchema = z.enum(['fr-tu', 'fr-vous', 'en']);
export type TemplateVoice = z.infer<typeof TemplateVoiceSchema>;

const withKnownVariables = (where: string) => (text: string, ctx: z.RefinementCtx) => {
  for (const name of unknownVariables(text))
    ctx.addIssue({ code: 'custom', message: `${where} : variable inconnue « {${name}} »` });
};

export const CustomTemplateSchema = z.object({
  action: StepActionSchema,
  tone: ToneSchema,
  voice: TemplateVoiceSchema,
  subject: singleLine().trim().min(1).max(300).superRefine(withKnownVariables('objet')),
  body: multiLine().trim().min(1).max(8000).superRefine(withKnownVariables('texte')),
});
export type CustomTemplate = z.infer<typeof CustomTemplateSchema>;

/** 6 actions × 4 tones × 3 voices: one text each at most. */
export const MAX_CUSTOM_TEMPLATES = 72;
