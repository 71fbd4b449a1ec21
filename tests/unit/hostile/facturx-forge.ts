/**
 * Factur-X PDFs whose visible page and embedded XML can be made to disagree: the XML is the
 * akretion EN 16931 sample (F20260023, 104,90 €, due 2026-03-02, IBAN FR20 1254 …), the page
 * is drawn with pdf-lib from the lines given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const XML = readFileSync(
  join(import.meta.dirname, '../../fixtures/extract/einvoice/akretion-factur-x/factur-x-en16931.xml'),
  'utf8',
);

export const PAGE = {
  number: 'F20260023',
  issued: '31/01/2026',
  due: '02/03/2026',
  total: '104,90',
  iban: 'FR20 1254 2547 2569 8542 5874 698',
};

export async function forgedFacturX(page: Partial<typeof PAGE> = {}, xml = XML): Promise<Uint8Array> {
  const v = { ...PAGE, ...page };
  const doc = await PDFDocument.create({ updateMetadata: false });
  const p = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [
    'LE FOURNISSEUR',
    '35 rue d’ici, 75018 PARIS',
    `FACTURE N° : ${v.number}`,
    `Date : ${v.issued}`,
    'CLIENT : LE CLIENT',
    'PRESTATION SUPPORT              60,00',
    `TOTAL TTC                       ${v.total}`,
    `Date d'échéance : ${v.due}`,
    `NET A PAYER                     ${v.total} EUR`,
    `IBAN : ${v.iban} - BIC : BIC_MONCOMPTE`,
  ];
  lines.forEach((line, i) => {
    p.drawText(line.replace('’', "'"), { x: 50, y: 780 - i * 24, size: 11, font });
  });
  await doc.attach(new TextEncoder().encode(xml), 'factur-x.xml', { mimeType: 'text/xml' });
  return doc.save();
}
