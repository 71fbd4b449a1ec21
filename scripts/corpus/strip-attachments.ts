/**
 * A PDF without its attachments: what a plain PDF invoice looks like to the text path. Removes
 * the catalog's embedded-file name tree and associated files (PDF/A-3 `/AF`, how Factur-X and
 * ZUGFeRD attach their XML), every page's file-attachment annotations and `/AF` entries, and the
 * XMP metadata (it names the Factur-X profile). The visible pages are untouched.
 * Usage as a tool: `tsx scripts/corpus/strip-attachments.ts in.pdf out.pdf`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';

export async function stripAttachments(bytes: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false });
  const catalog = doc.catalog;
  const names = catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  names?.delete(PDFName.of('EmbeddedFiles'));
  catalog.delete(PDFName.of('AF'));
  catalog.delete(PDFName.of('Metadata'));
  for (const page of doc.getPages()) {
    const node = page.node;
    node.delete(PDFName.of('AF'));
    const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) continue;
    const kept = PDFArray.withContext(doc.context);
    for (let i = 0; i < annots.size(); i++) {
      const annot = annots.lookupMaybe(i, PDFDict);
      if (annot?.get(PDFName.of('Subtype')) === PDFName.of('FileAttachment')) continue;
      kept.push(annots.get(i));
    }
    node.set(PDFName.of('Annots'), kept);
  }
  // Object streams off: the output must open in every reader the bench or a person uses.
  return doc.save({ useObjectStreams: false });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    process.stderr.write('usage: tsx scripts/corpus/strip-attachments.ts <in.pdf> <out.pdf>\n');
    process.exit(2);
  }
  await writeFile(output, await stripAttachments(new Uint8Array(await readFile(input))));
}
