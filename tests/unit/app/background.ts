/**
 * The background in Node for tests: the validating receiver over the one-line handlers, fake
 * ports, and a sender that checks like an extension page's; `from` says who asks (a content
 * script's messages are limited to its list).
 */
import type { EcheanceDb } from '../../../core/db';
import {
  createReceiver,
  createSender,
  type Send,
  type SenderContext,
  schemaChecks,
} from '../../../core/protocol';
import { makeHandlers } from '../../../entrypoints/background/handlers';
import { fakePorts } from './fixture';

export function testBackground(db: EcheanceDb, now: Date, from: SenderContext = 'extension') {
  const ports = fakePorts();
  let replans = 0;
  const receive = createReceiver(
    makeHandlers(
      db,
      () => now,
      async () => {
        replans++;
      },
      ports,
    ),
  );
  const send: Send = createSender(
    async (envelope) =>
      receive(JSON.parse(JSON.stringify(envelope)), from, 'https://mail.google.com/mail/u/0/'),
    async () => schemaChecks,
  );
  return { db, ports, send, replans: () => replans };
}
