/**
 * `tsx scripts/corpus/show-layout.ts <id|file.pdf>…`: what the layout reading sees in a PDF —
 * every line's cells with position and font size — and the fields it reads. An id is a corpus
 * id (.corpus/text/<id>.pdf, `npm run corpus`). For looking at misses the bench lists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFromLayout } from '../../core/extract/layout-result';
import { nodePdfJs } from '../../core/extract/node';
import { openPdf, pdfLayouts } from '../../core/extract/pdf';
import { plainValues } from '../../core/extract/values';
import { CORPUS_DIR } from './manifest';

const pdfjs = await nodePdfJs();
for (const arg of process.argv.slice(2)) {
  const file = existsSync(arg)
    ? arg
    : join(resolve(import.meta.dirname, '../..', CORPUS_DIR), 'text', `${arg}.pdf`);
  const doc = await openPdf(new Uint8Array(readFileSync(file)), pdfjs);
  if ('error' in doc) {
    process.stdout.write(`${arg}: ${doc.error}\n`);
    continue;
  }
  const pages = await pdfLayouts(doc);
  await doc.destroy();
  process.stdout.write(`== ${arg}\n`);
  for (const page of pages.slice(0, 2)) {
    process.stdout.write(`-- page ${page.page} (${page.width.toFixed(0)} × ${page.height.toFixed(0)})\n`);
    for (const cells of page.lines) {
      const row = cells.map((c) => `[${c.x.toFixed(0)}–${c.end.toFixed(0)} s${c.size.toFixed(1)}] ${c.text}`);
      process.stdout.write(`${cells[0]!.y.toFixed(0).padStart(4)}  ${row.join('  |  ')}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(plainValues(extractFromLayout(pages)))}\n`);
}
