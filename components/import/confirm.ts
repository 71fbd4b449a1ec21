import { toBase64 } from '../../core/bytes';
import { localDate } from '../../core/dates';
import type { ImportItemInput } from '../../core/model';
import type { Whereabouts } from '../../core/model/whereabouts';
/**
 * Confirming a preview: the ready rows become ImportItems (PDFs travel with their bytes, so the
 * letters and the court kit can enclose them) and go to the background in one
 * `invoices/import`, which writes them in one transaction. Only an import whose files add up to
 * more than one runtime message can carry (~40 MB of base64) is split, in file order
 * (batches.ts says what a failure midway leaves).
 */
import type { Send } from '../../core/protocol';
import { withWhereabouts } from '../whereabouts/late-items';
import { NOTHING_YET } from '../whereabouts/WhereaboutsField';
import { type BatchOutcome, sendBatches } from './batches';
import { type Draft, itemOf } from './draft';

export type ImportOutcome = BatchOutcome;

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
  /** « Où en êtes-vous ? » for the late invoices among them (issue #19). */
  where: Whereabouts = NOTHING_YET,
): Promise<ImportOutcome> {
  const today = localDate(new Date());
  const batches: ImportItemInput[][] = [[]];
  let size = 0;
  for (const draft of drafts) {
    if (!itemOf(draft)) continue;
    const [item] = withWhereabouts([itemOf(draft, await fileOf(fileFor(draft.key)))!], where, today);
    if (!item) continue;
    const weight = item.file?.base64.length ?? 0;
    if (size + weight > MAX_MESSAGE_BASE64 && batches.at(-1)!.length > 0) {
      batches.push([]);
      size = 0;
    }
    batches.at(-1)!.push(item);
    size += weight;
  }
  return sendBatches(send, batches, (items) => items[0]!.origin ?? { kind: 'manual' });
}
