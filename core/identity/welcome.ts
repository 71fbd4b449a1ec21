/**
 * The welcome's progress (issue #19): which steps are saved, where to resume, whether the popup
 * still lists it. Pure, so that the popup and the welcome tab read the same answer.
 */
import type { WelcomeProgress } from '../model';
import { WELCOME_STEP_NAMES, type WelcomeStep } from '../model/welcome-steps';

export const WELCOME_STEPS: readonly WelcomeStep[] = WELCOME_STEP_NAMES;

/** The first step not saved yet; the last one when all are. */
export function resumeStep(progress: WelcomeProgress): WelcomeStep {
  return WELCOME_STEPS.find((s) => !progress.done.includes(s)) ?? WELCOME_STEPS[WELCOME_STEPS.length - 1]!;
}

export function withStepDone(progress: WelcomeProgress, step: WelcomeStep): WelcomeProgress {
  if (progress.done.includes(step)) return progress;
  // Kept in the steps' order, whatever order they were saved in.
  return { ...progress, done: WELCOME_STEPS.filter((s) => s === step || progress.done.includes(s)) };
}

/** The popup lists the welcome until every step is saved or the user sets it aside. */
export function welcomePending(progress: WelcomeProgress | undefined): boolean {
  if (!progress) return true;
  return !progress.dismissed && WELCOME_STEPS.some((s) => !progress.done.includes(s));
}

export function stepsLeft(progress: WelcomeProgress): number {
  return WELCOME_STEPS.filter((s) => !progress.done.includes(s)).length;
}
