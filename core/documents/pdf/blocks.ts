/** Each block of the document model, cut into chunks the flow never splits. */
import type { Block, Rich, SignatureParty, SignatureStamp } from '../model';
import type { Chunk } from './flow';
import { PAGE, SIZE, TEXT_WIDTH } from './page';
import type { Surface } from './surface';
import { fieldChunks, tableChunks } from './table';
import type { Line } from './wrap';

const PARAGRAPH_GAP = 3;
const SIGNATURE_ROOM = 20;

/** One chunk per line; the first two and the last two lines stay together (no orphan, no widow). */
function lineChunks(
  s: Surface,
  lines: Line[],
  x: number,
  size: number,
  align: 'left' | 'right' | 'center',
): Chunk[] {
  const lh = s.lineHeight(size);
  return lines.map((line, i) => ({
    height: lh,
    keepWithNext: lines.length > 2 && (i === 0 || i === lines.length - 2),
    draw: (top: number) => s.drawLines([line], x, top, size, align),
  }));
}

function paragraph(
  s: Surface,
  text: Rich,
  opts: { size: number; bold?: boolean; align?: 'left' | 'right' | 'center'; indent?: number },
): Chunk[] {
  const indent = opts.indent ?? 0;
  const align = opts.align ?? 'left';
  const lines = s.wrap(text, TEXT_WIDTH - indent, opts.size, opts.bold);
  const x =
    align === 'right' ? PAGE.right : align === 'center' ? PAGE.left + TEXT_WIDTH / 2 : PAGE.left + indent;
  const chunks = lineChunks(s, lines, x, opts.size, align);
  if (chunks[0]) chunks[0].before = PARAGRAPH_GAP;
  return chunks;
}

function list(s: Surface, items: Rich[], numbered: boolean): Chunk[] {
  const indent = 6;
  return items.flatMap((item, n) => {
    const lines = s.wrap(item, TEXT_WIDTH - indent, SIZE.body);
    const chunks = lineChunks(s, lines, PAGE.left + indent, SIZE.body, 'left');
    const first = chunks[0];
    if (first) {
      const drawLine = first.draw;
      first.before = n === 0 ? PARAGRAPH_GAP : 1;
      first.draw = (top) => {
        s.text(numbered ? `${n + 1}.` : '•', PAGE.left + 1.5, top, SIZE.body);
        drawLine(top);
      };
    }
    return chunks;
  });
}

/** The scanned signature fits the room to sign, its proportions kept (at most 60 × 18 mm). */
function drawStamp(s: Surface, image: SignatureStamp, x: number, top: number): void {
  const scale = Math.min(60 / image.widthPx, (SIGNATURE_ROOM - 2) / image.heightPx);
  const w = image.widthPx * scale;
  const h = image.heightPx * scale;
  s.pdf.addImage(image.base64, image.format, x, top + (SIGNATURE_ROOM - h) / 2, w, h);
}

function signature(s: Surface, parties: SignatureParty[]): Chunk {
  const lh = s.lineHeight(SIZE.body);
  const single = parties.length === 1;
  const colWidth = single ? TEXT_WIDTH / 2 : TEXT_WIDTH / parties.length;
  const columns = parties.map((p) => ({
    heading: [
      ...(p.heading ? s.wrap(p.heading, colWidth - 4, SIZE.body, true) : []),
      ...(p.note ? s.wrap(p.note, colWidth - 4, SIZE.body) : []),
    ],
    lines: p.lines.flatMap((l) => s.wrap(l, colWidth - 4, SIZE.body)),
  }));
  const headingRows = Math.max(...columns.map((c) => c.heading.length));
  const lineRows = Math.max(...columns.map((c) => c.lines.length));
  return {
    before: 6,
    keepWithPrevious: true,
    // Room to sign under the heading (« Le débiteur ») and above the printed name.
    height: (headingRows + lineRows) * lh + SIGNATURE_ROOM,
    draw: (top) => {
      columns.forEach((c, i) => {
        const x = single ? PAGE.left + TEXT_WIDTH / 2 : PAGE.left + i * colWidth;
        s.drawLines(c.heading, x, top, SIZE.body);
        const image = parties[i]?.image;
        if (image) drawStamp(s, image, x, top + headingRows * lh);
        s.drawLines(c.lines, x, top + headingRows * lh + SIGNATURE_ROOM, SIZE.body);
      });
    },
  };
}

export function blockChunks(s: Surface, block: Block): Chunk[] {
  switch (block.kind) {
    case 'letterhead':
      return []; // placed absolutely on the first page by the renderer
    case 'title': {
      const chunks = paragraph(s, block.text, { size: SIZE.title, bold: true, align: 'center' });
      if (block.subtitle)
        chunks.push(...paragraph(s, block.subtitle, { size: SIZE.subtitle, align: 'center' }));
      chunks.forEach((c) => {
        c.keepWithNext = true;
      });
      return [...chunks, { height: 4, keepWithNext: true, draw: () => {} }];
    }
    case 'heading': {
      const chunks = paragraph(s, block.text, { size: SIZE.heading, bold: true });
      chunks.forEach((c) => {
        c.keepWithNext = true;
      });
      if (chunks[0]) chunks[0].before = 6;
      return chunks;
    }
    case 'paragraph': {
      const chunks = paragraph(s, block.text, {
        size: block.size === 'small' ? SIZE.small : SIZE.body,
        bold: block.bold,
        align: block.align,
      });
      const last = chunks[chunks.length - 1];
      if (last && block.keepWithNext) last.keepWithNext = true;
      return chunks;
    }
    case 'list':
      return list(s, block.items, block.numbered ?? false);
    case 'table':
      return tableChunks(s, block.columns, block.rows);
    case 'fields':
      return fieldChunks(s, block.rows);
    case 'signature':
      return [signature(s, block.parties)];
    case 'space':
      return [{ height: 0, before: block.mm, draw: () => {} }];
  }
}
