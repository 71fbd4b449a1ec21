/**
 * The user's answer to « what do your invoices print? » applied to the invoices whose document
 * Échéance never read (issue #19; the rule is core/identity/mention-defaults.ts). Run when the
 * settings are saved, so that invoices imported before the welcome was answered follow it too.
 */
import { withMentionDefaults } from '../identity/mention-defaults';
import type { MentionDefaults } from '../model';
import type { EcheanceDb } from './database';

export async function applyMentionDefaults(
  db: EcheanceDb,
  defaults: MentionDefaults | null,
): Promise<number> {
  if (!defaults) return 0;
  return db.transaction('rw', db.invoices, async () => {
    const changes = (await db.invoices.toArray()).flatMap((invoice) => {
      const mentions = withMentionDefaults(invoice, defaults);
      return mentions ? [{ key: invoice.id, changes: { mentions } }] : [];
    });
    if (changes.length > 0) await db.invoices.bulkUpdate(changes);
    return changes.length;
  });
}
