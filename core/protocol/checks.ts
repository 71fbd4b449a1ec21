/** The zod checks of the sender (sender.ts): a request before it leaves, a reply when it comes back. */
import type { z } from 'zod';
import { issuesOf, type ProtocolError, ResponseEnvelopeSchema, type Result } from './envelope';
import { type MessageName, messages, type ResponseOf } from './messages';
import type { Checks } from './sender';

/** The same answer the receiver gives a request that does not validate. */
export function checkRequest(name: MessageName, payload: unknown): ProtocolError | null {
  const schema: z.ZodType | undefined = Object.hasOwn(messages, name) ? messages[name].request : undefined;
  if (!schema) return { code: 'unknown-message', message: `message inconnu : ${name}`, issues: [] };
  const request = schema.safeParse(payload);
  if (request.success) return null;
  return { code: 'invalid-request', message: 'requête invalide', issues: issuesOf(request.error) };
}

/** Checks a reply: a well-formed envelope, and for a success the message's response schema. */
export function checkReply<N extends MessageName>(name: N, raw: unknown): Result<ResponseOf<N>> {
  const envelope = ResponseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: { code: 'invalid-response', message: 'réponse illisible', issues: [] } };
  }
  if (!envelope.data.ok) return envelope.data;
  const schema: z.ZodType = messages[name].response;
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) {
    return {
      ok: false,
      error: { code: 'invalid-response', message: data.error.message, issues: issuesOf(data.error) },
    };
  }
  return { ok: true, data: data.data as ResponseOf<N> };
}

export const schemaChecks: Checks = { request: checkRequest, reply: checkReply };
