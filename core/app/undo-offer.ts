/**
 * What the « Annuler » toast offers (issue #20): the newest action still within its 10 s. A
 * read model of its own, light enough for the popup (no engine, no zod).
 */
import type { EcheanceDb } from '../db/database';
import { undoEntries } from '../db/undo-journal';

export interface UndoOffer {
  id: string;
  kind: string;
  numbers: string[];
  /** The invoices it concerns (the Gmail card offers it on its own invoice only). */
  invoiceIds: string[];
  until: string;
}

export async function latestUndo(db: EcheanceDb, now: Date): Promise<UndoOffer | null> {
  const [entry] = await undoEntries(db);
  if (!entry || Date.parse(entry.until) <= now.getTime()) return null;
  return {
    id: entry.id,
    kind: entry.kind,
    numbers: entry.numbers,
    invoiceIds: entry.invoiceIds,
    until: entry.until,
  };
}

/** The toast's words for an action (a key of core/i18n/catalogue/edit.ts). */
type UndoWord =
  | 'paid'
  | 'reopened'
  | 'edited'
  | 'deleted'
  | 'reminder'
  | 'rate'
  | 'snoozed'
  | 'payments'
  | 'call'
  | 'letter'
  | 'notice'
  | 'skipped'
  | 'dispute'
  | 'plan'
  | 'writtenOff'
  | 'other';

export function undoLabelKey(kind: string): `undo.kind.${UndoWord}` {
  const byKind: Record<string, UndoWord> = {
    paid: 'paid',
    'event:payment': 'paid',
    reopened: 'reopened',
    edited: 'edited',
    deleted: 'deleted',
    reminder: 'reminder',
    'event:reminder_sent': 'reminder',
    rate: 'rate',
    snoozed: 'snoozed',
    'event:snoozed': 'snoozed',
    payments: 'payments',
    'event:call': 'call',
    'event:letter_sent': 'letter',
    'event:formal_notice_sent': 'notice',
    'event:step_skipped': 'skipped',
    'event:dispute_opened': 'dispute',
    'event:dispute_resolved': 'dispute',
    'event:payment_plan': 'plan',
    'event:written_off': 'writtenOff',
  };
  return `undo.kind.${byKind[kind] ?? 'other'}`;
}
