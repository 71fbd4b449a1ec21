import { z } from 'zod';
import { IdSchema } from './common';
import { singleLine } from './text';

export const StepActionSchema = z.enum([
  'email',
  'phone',
  'letter',
  'registered_letter',
  'formal_notice',
  'court_filing',
]);
export type StepAction = z.infer<typeof StepActionSchema>;

/** From the first friendly nudge to the last formal word. */
export const ToneSchema = z.enum(['courteous', 'firm', 'insistent', 'formal']);
export type Tone = z.infer<typeof ToneSchema>;

export const ScenarioStepSchema = z.object({
  /** Stable across edits, so timeline events keep pointing at the right step. */
  id: IdSchema,
  /** Days after the due date; negative for a reminder before the due date. */
  offsetDays: z.number().int().min(-90).max(3650),
  action: StepActionSchema,
  /** Template id in core/templates, e.g. `email.courteous`. */
  template: z.string().min(1).max(100),
  tone: ToneSchema,
});
export type ScenarioStep = z.infer<typeof ScenarioStepSchema>;

export const ScenarioSchema = z
  .object({
    id: IdSchema,
    name: singleLine().trim().min(1).max(200),
    builtIn: z.boolean().default(false),
    steps: z.array(ScenarioStepSchema).min(1).max(30),
    /**
     * The step from which reminders claim the late-payment penalties and the 40 € (issue #20);
     * absent or null: from the formal notice (core/templates/penalty-step.ts).
     */
    penaltiesFromStepId: IdSchema.nullable().optional(),
  })
  .refine(
    (s) => s.steps.every((step, i) => i === 0 || step.offsetDays >= (s.steps[i - 1]?.offsetDays ?? 0)),
    { message: 'les étapes doivent être dans l’ordre des jours', path: ['steps'] },
  )
  .refine((s) => new Set(s.steps.map((x) => x.id)).size === s.steps.length, {
    message: 'deux étapes ont le même identifiant',
    path: ['steps'],
  })
  .refine((s) => !s.penaltiesFromStepId || s.steps.some((x) => x.id === s.penaltiesFromStepId), {
    message: 'l’étape des pénalités n’est pas dans ce scénario',
    path: ['penaltiesFromStepId'],
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
