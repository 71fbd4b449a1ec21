/**
 * The days a formal notice gives the client. Settings bound it to 8–15 days; practice says 8
 * (C. civ. 1231 asks a « délai raisonnable »). On its own so the invoice page reads it without
 * loading the letters.
 */
export function noticeDelayDays(days: number | undefined): number {
  return Math.min(15, Math.max(8, Math.round(days ?? 8)));
}
