import { z } from 'zod';

/** What crosses between contexts: a named request, answered by data or by an error as data. */
export const RequestEnvelopeSchema = z.object({
  channel: z.literal('echeance'),
  name: z.string().min(1).max(100),
  payload: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

export const ProtocolErrorSchema = z.object({
  code: z.enum([
    'invalid-request',
    'unknown-message',
    'forbidden',
    'invalid-response',
    'failed',
    'unreachable',
    // The browser refused to store more (QuotaExceededError): said in plain words by the UI.
    'quota',
  ]),
  message: z.string(),
  /** Per-field problems when the request did not validate. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
});
export type ProtocolError = z.infer<typeof ProtocolErrorSchema>;

export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ProtocolErrorSchema }),
]);

export type Result<T> = { ok: true; data: T } | { ok: false; error: ProtocolError };

export function issuesOf(error: z.ZodError): ProtocolError['issues'] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
