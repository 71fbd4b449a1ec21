/**
 * The client's kind when a file does not say it and nothing gives it away (values.ts): asked
 * once per client in the preview, only for clients Échéance does not know yet (a known client
 * keeps its kind), then applied to every new invoice of that client.
 */
import type { ClientKind, ImportItem } from '../model';
import type { ImportDiff } from './update-diff';

export interface ClientToAsk {
  name: string;
  siren: string | null;
  invoices: number;
}

export function clientsToAsk(diff: ImportDiff, knownClients: ReadonlySet<string>): ClientToAsk[] {
  const byName = new Map<string, ClientToAsk>();
  for (const o of diff.outcomes) {
    if (o.kind !== 'new' || o.row.facts.kindFrom !== 'ask') continue;
    const { clientName: name, clientSiren: siren } = o.row.item!;
    if (knownClients.has(name)) continue;
    const entry = byName.get(name) ?? { name, siren, invoices: 0 };
    entry.invoices++;
    byName.set(name, entry);
  }
  return [...byName.values()];
}

/** The new invoices to write, each client's kind as answered; null while a question is open. */
export function newItems(
  diff: ImportDiff,
  asked: readonly ClientToAsk[],
  answers: ReadonlyMap<string, ClientKind>,
): ImportItem[] | null {
  if (asked.some((c) => !answers.has(c.name))) return null;
  return diff.outcomes.flatMap((o) => {
    if (o.kind !== 'new') return [];
    const answer = answers.get(o.row.item!.clientName);
    return [answer && o.row.facts.kindFrom === 'ask' ? { ...o.row.item!, clientKind: answer } : o.row.item!];
  });
}
