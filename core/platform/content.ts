/**
 * The sender of content scripts: core/protocol's one sender over the browser transport, kept
 * free of zod so the Gmail script stays small (contentScriptChecks says what it checks and why).
 */
import { contentScriptChecks, createSender, type Send } from '../protocol/sender';
import { browserTransport } from './transport';

export const sendFromContent: Send = createSender(browserTransport, async () => contentScriptChecks);
