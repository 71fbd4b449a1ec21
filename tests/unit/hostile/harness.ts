/**
 * The hostile-input suite: every case is a test named `[class] what`, so that the table
 * reporter (table-reporter.ts) counts cases, clean and failing per input class. A case is
 * clean when it gets the expected outcome (a clear error naming the row or field, or correct
 * data) and nothing was written partially (database snapshot before and after).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { EcheanceDb } from '../../../core/db';
import { createReceiver, createSender, type SenderContext, schemaChecks } from '../../../core/protocol';
import { makeHandlers } from '../../../entrypoints/background/handlers';

/** Controls, NUL and bidi overrides: never in stored single-line text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
export const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Hostile strings, each a kind of attack on a text field. */
export const HOSTILE_STRINGS: readonly [string, string][] = [
  ['NUL', 'Acme\u0000SAS'],
  ['bidi override', 'Acme\u202Efdp.exe'],
  ['bidi isolate', '\u2066Acme\u2069'],
  ['C1 control', 'Acme\u0085\u009BSAS'],
  ['CR LF', 'Acme\r\nBcc: x@evil.test'],
  ['markup', '<img src=x onerror="globalThis.__pwned=1">'],
  ['script', '<script>globalThis.__pwned=1</script>'],
  ['formula', '=HYPERLINK("https://evil.test","clic")'],
  ['proto', '__proto__'],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the attack.
  ['template', '{{constructor.constructor("return 1")()}} ${7*7}'],
  ['emoji', '💸 Acme 🇫🇷 SAS'],
  ['long', 'A'.repeat(5000)],
];

let counter = 0;
const opened: EcheanceDb[] = [];

/** A fresh database with the background's handlers, as extension pages or content scripts reach them. */
export function profile() {
  const db = new EcheanceDb(`hostile-${process.pid}-${counter++}`);
  opened.push(db);
  const receive = createReceiver(
    makeHandlers(
      db,
      () => new Date('2026-03-01T09:00:00Z'),
      async () => {},
    ),
  );
  const pages: Record<SenderContext, string | undefined> = {
    extension: undefined,
    gmail: 'https://mail.google.com/mail/u/0/#sent/abc',
    site: 'https://a.test/factures/1',
  };
  // These cases try the receiving side: the request goes out unchecked, as a compromised page's
  // would (it would not use our sender); the reply is checked as every page checks it.
  const unchecked = { ...schemaChecks, request: () => null };
  const from = (sender: SenderContext, page = pages[sender]) =>
    createSender(
      async (envelope) => receive(JSON.parse(JSON.stringify(envelope)), sender, page),
      async () => unchecked,
    );
  return { db, receive, send: from('extension'), from };
}

export async function closeAll(): Promise<void> {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
}

/** Every table, as text, to compare before and after. */
export async function snapshot(db: EcheanceDb): Promise<string> {
  const tables = [db.invoices, db.clients, db.events, db.scenarios, db.settings, db.files];
  const all = await Promise.all(tables.map((t) => t.toArray()));
  const meta = (await db.meta.toArray()).filter((m) => String(m.key).startsWith('restore-stage|'));
  return JSON.stringify([all, meta]);
}

/** A valid CSV import item to start from. */
export function importItem(n = 1) {
  return {
    number: `H-${n}`,
    clientName: 'Acme SAS',
    clientEmail: 'compta@acme.test',
    clientKind: 'pro' as const,
    totalCents: 10_000,
    amountDueCents: 10_000,
    issueDate: '2026-01-10',
    dueDate: '2026-02-09',
  };
}
