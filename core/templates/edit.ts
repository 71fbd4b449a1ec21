/**
 * The template editor's decisions, kept out of the component: what a draft is worth (saved,
 * refused with the unknown variables named), and the settings with one text put in or taken out.
 */
import {
  type CustomTemplate,
  CustomTemplateSchema,
  type Settings,
  type StepAction,
  type TemplateVoice,
  type Tone,
  unknownVariables,
} from '../model';

export interface TemplateKey {
  action: StepAction;
  tone: Tone;
  voice: TemplateVoice;
}

export type DraftCheck =
  | { ok: true; template: CustomTemplate }
  | { ok: false; unknown: string[] }
  | { ok: false; empty: true };

const sameKey = (a: TemplateKey, b: TemplateKey) =>
  a.action === b.action && a.tone === b.tone && a.voice === b.voice;

/** A draft as it would be stored, or why it cannot be: unknown `{names}` first, as typed. */
export function checkDraft(key: TemplateKey, subject: string, body: string): DraftCheck {
  const unknown = unknownVariables(`${subject}\n${body}`);
  if (unknown.length) return { ok: false, unknown: unknown.map((n) => `{${n}}`) };
  const parsed = CustomTemplateSchema.safeParse({ ...key, subject, body });
  return parsed.success ? { ok: true, template: parsed.data } : { ok: false, empty: true };
}

/** The settings with this text as the user's (replacing any earlier one for the same step). */
export function withTemplate(settings: Settings, template: CustomTemplate): Settings {
  return { ...settings, templates: [...withoutTemplate(settings, template).templates, template] };
}

/** The settings back on our text for this step. */
export function withoutTemplate(settings: Settings, key: TemplateKey): Settings {
  return { ...settings, templates: (settings.templates ?? []).filter((t) => !sameKey(t, key)) };
}
