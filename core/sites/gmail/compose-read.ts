/**
 * What a compose holds, as the Gmail page shows it: its recipients (the chips Gmail makes of the
 * URL's `to`), its subject and its text. Read to recognise a reminder Échéance opened as a new
 * message (core/compose/opened.ts decides).
 */
import type { SeenCompose } from '../../compose/opened';
import { readComposeRecipients, readComposeThreadId } from './compose';
import { queryFirst, readText } from './dom';

export function readCompose(compose: Element): SeenCompose & { to: string[] } {
  const subject = (queryFirst(compose, 'composeSubject') as HTMLInputElement | null)?.value ?? '';
  const editor = queryFirst(compose, 'composeBody');
  return {
    to: readComposeRecipients(compose),
    subject,
    body: editor ? readText(editor).slice(0, 4000) : '',
  };
}

/** A new message (no thread behind it): the only compose Échéance opens by URL. */
export function isNewMessage(compose: Element): boolean {
  return readComposeThreadId(compose) === null;
}
