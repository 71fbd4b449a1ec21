/**
 * How long « Annuler » is offered, and the seconds its button shows. On its own, without the
 * database, so that the Gmail content script can count down as the popup's toast does.
 */
export const UNDO_SECONDS = 10;

/** The whole seconds left of an undo offered until `until` (ISO instant); 0 once it is over. */
export function undoSecondsLeft(until: string, now: number): number {
  return Math.max(0, Math.min(UNDO_SECONDS, Math.ceil((Date.parse(until) - now) / 1000)));
}
