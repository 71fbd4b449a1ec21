import { toBase64 } from '../../core/bytes';
/**
 * Confirming a preview: the ready rows become ImportItems (PDFs travel with their bytes, so the
 * letters and the court kit can enclose them) and go to the background in one
 * `invoices/import`, which writes them in one transaction. Only an import whose files add up to
 * more than one runtime message can carry (~40 MB of base64) is split, in file order.
 */
import type { Send } from '../../core/protocol';
import type { ImportItemInput } from '../../core/protocol/messages';
import { type Draft, itemOf } from './draft';

export type ImportOutcome =
  | { ok: true; imported: number; skipped: string[] }
  | { ok: false; message: string };

const MAX_MESSAGE_BASE64 = 40_000_000;

async function fileOf(file: File | null): Promise<ImportItemInput['file']> {
  if (!file || !/\.pdf$/i.test(file.name)) return null;
  const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
  return { name: file.name.slice(0, 300), mime: 'application/pdf', base64 };
}

export async function confirmDrafts(
  send: Send,
  drafts: Draft[],
  fileFor: (key: string) => File | null,
): Promise<ImportOutcome> {
  const batches: ImportItemInput[][] = [[]];
  let size = 0;
  for (const draft of drafts) {
    if (!itemOf(draft)) continue;
    const item = itemOf(draft, await fileOf(fileFor(draft.key)))!;
    const weight = item.file?.base64.length ?? 0;
    if (size + weight > MAX_MESSAGE_BASE64 && batches.at(-1)!.length > 0) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(item);
    size += weight;
  }
  let imported = 0;
  const skipped: string[] = [];
  for (const items of batches) {
    if (items.length === 0) continue;
    const origin = items[0]!.origin ?? { kind: 'manual' as const };
    const answer = await send('invoices/import', { items, origin });
    if (!answer.ok) return { ok: false, message: answer.error.issues[0]?.message ?? answer.error.message };
    imported += answer.data.imported;
    skipped.push(...answer.data.skippedExisting);
  }
  return { ok: true, imported, skipped };
}
