/** The welcome's steps, in order; plain data so that the popup reads them without zod. */
export const WELCOME_STEP_NAMES = ['identity', 'mentions', 'style', 'import'] as const;
export type WelcomeStep = (typeof WELCOME_STEP_NAMES)[number];
