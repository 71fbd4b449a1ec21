/**
 * Whether a scenario the user is editing can be saved, and why not (the steps' order, delays
 * and channels: core/dunning/presets.ts). The editor shows the answer; the background checks
 * again when it saves.
 */
import { validateScenario } from '../dunning';

export function checkScenario(draft: unknown) {
  return validateScenario(draft);
}
