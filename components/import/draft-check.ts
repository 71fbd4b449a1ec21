/**
 * A preview row checked with the very schema the background applies to `invoices/import`, so
 * that what the background would refuse is known before sending: a field the user can edit
 * becomes that row's problem; a value read from the document that the preview does not show
 * (an e-mail zod refuses, an over-long address…) is left out and listed. One refused item
 * would otherwise refuse the whole batch.
 */
import { type ImportItemInput, ImportItemSchema } from '../../core/model/import-item';
import type { EditableField } from './draft';

const EDITABLE: Partial<Record<string, EditableField>> = {
  number: 'number',
  clientName: 'clientName',
  clientKind: 'clientKind',
  totalCents: 'amount',
  amountDueCents: 'amount',
  dueDate: 'dueDate',
};

export const DROPPABLE = [
  'clientEmail',
  'clientAddress',
  'clientSiren',
  'issueDate',
  'paymentTerms',
  'contractualRatePercent',
  'contractualRate',
] as const;
export type DroppableField = (typeof DROPPABLE)[number];

const isDroppable = (key: string): key is DroppableField => (DROPPABLE as readonly string[]).includes(key);

export function checkItem(item: ImportItemInput): {
  /** What to send; null when something is still wrong. */
  item: ImportItemInput | null;
  fields: EditableField[];
  dropped: DroppableField[];
} {
  const first = ImportItemSchema.safeParse(item);
  if (first.success) return { item, fields: [], dropped: [] };
  const fields = new Set<EditableField>();
  const dropped = new Set<DroppableField>();
  let unknown = false;
  for (const issue of first.error.issues) {
    const key = String(issue.path[0]);
    const editable = EDITABLE[key];
    if (editable) fields.add(editable);
    else if (isDroppable(key)) dropped.add(key);
    // The origin, the file, the currency are built by us: never seen refused; kept out if so.
    else unknown = true;
  }
  const lighter = { ...item, ...Object.fromEntries([...dropped].map((k) => [k, null])) };
  const ok = fields.size === 0 && !unknown && ImportItemSchema.safeParse(lighter).success;
  return { item: ok ? lighter : null, fields: [...fields], dropped: [...dropped] };
}
