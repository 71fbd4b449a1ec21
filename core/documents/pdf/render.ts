/**
 * The one renderer: a DocumentModel to an A4 PDF with jsPDF's standard Helvetica (no embedded
 * font: a formal notice stays far under its 150 KB budget). Output is reproducible: the
 * creation date is the document's date and the file id derives from its content.
 */
import { jsPDF } from 'jspdf';
import type { Block, DocumentModel } from '../model';
import { blockChunks } from './blocks';
import { Flow } from './flow';
import { FOLDS, PAGE, SIZE, TEXT_WIDTH, WINDOW } from './page';
import { Surface } from './surface';

type Letterhead = Extract<Block, { kind: 'letterhead' }>;

/** Sender top left, recipient in the envelope window; returns where the flow may start. */
function drawLetterhead(s: Surface, head: Letterhead): number {
  const lh = s.lineHeight(SIZE.body);
  const sender = head.sender.flatMap((line, i) => s.wrap(line, WINDOW.x - PAGE.left - 8, SIZE.body, i === 0));
  s.drawLines(sender, PAGE.left, PAGE.top, SIZE.body);
  const recipient = head.recipient.flatMap((line, i) => s.wrap(line, WINDOW.width, SIZE.body, i === 0));
  s.drawLines(recipient, WINDOW.x, WINDOW.y, SIZE.body);
  // Fold marks in the left margin, for the DL envelope.
  for (const y of FOLDS) s.rule(0, y, 5, 190, 0.2);
  const senderBottom = PAGE.top + sender.length * lh;
  const windowBottom = WINDOW.y + Math.max(WINDOW.height, recipient.length * lh);
  return Math.max(senderBottom, windowBottom) + 4;
}

function hash(text: string): string {
  // FNV-1a, four lanes: a stable 32-hex-digit file id (not a security feature).
  let out = '';
  for (let lane = 0; lane < 4; lane++) {
    let h = 0x811c9dc5 ^ lane;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}

function pageNumbers(s: Surface, doc: DocumentModel, pages: number): void {
  if (pages < 2) return;
  for (let page = 1; page <= pages; page++) {
    s.pdf.setPage(page);
    s.grey(90);
    s.text(`Page ${page}/${pages}`, PAGE.width / 2, PAGE.height - 12, SIZE.footer, 'center');
    if (page > 1) {
      // The running header is one line: a long title is cut, never wrapped over the text.
      const [first] = s.wrap(doc.title, TEXT_WIDTH, SIZE.footer);
      if (first) s.drawLines([first], PAGE.left, 10, SIZE.footer);
    }
    s.grey(0);
  }
}

export function renderPdf(doc: DocumentModel): Uint8Array {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  pdf.setProperties({ title: doc.title, author: doc.author, creator: 'Échéance' });
  pdf.setCreationDate(`D:${doc.date.replace(/-/g, '')}000000+00'00'`);
  pdf.setFileId(hash(JSON.stringify(doc.blocks)));
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(SIZE.body);
  pdf.setLineHeightFactor(1.32);
  const s = new Surface(pdf);
  const flow = new Flow(s);
  const head = doc.blocks.find((b): b is Letterhead => b.kind === 'letterhead');
  if (head) flow.startAt(drawLetterhead(s, head));
  flow.place(doc.blocks.flatMap((b) => blockChunks(s, b)));
  pageNumbers(s, doc, flow.pages);
  return new Uint8Array(pdf.output('arraybuffer'));
}
