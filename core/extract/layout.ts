/**
 * The positioned text of PDF pages as lines and cells, for the layout-aware reading
 * (layout-read.ts). pdf.js gives fragments with a transform; we group them by baseline into
 * lines, and split each line into cells at wide gaps (table columns, side-by-side blocks).
 * Coordinates are PDF units with y growing downwards from the top of the page.
 */
import type { TextFragment } from './pdf-text';

export interface Cell {
  text: string;
  x: number;
  end: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  page: number;
  /** Index of the line in its page. */
  line: number;
}

export interface PageLayout {
  page: number;
  width: number;
  height: number;
  lines: Cell[][];
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

/** Fragments further apart than this (in font sizes) are in different cells. */
const CELL_GAP = 2;

export function layoutOfPage(
  items: readonly unknown[],
  page: number,
  width: number,
  height: number,
): PageLayout {
  const placed: Placed[] = [];
  for (const item of items) {
    const f = item as Partial<TextFragment>;
    if (typeof f.str !== 'string' || f.str.trim() === '' || !f.transform) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = f.transform;
    const size = Math.hypot(a, b) || 1;
    // One kind of space and apostrophe, as the label patterns expect (see normalizeText).
    const str = f.str.replace(/[\u00a0\u202f\u2007\u2009]/g, ' ').replace(/[’ʼ`´]/g, "'");
    placed.push({ str, x, y: height - y, end: x + (f.width ?? 0), size });
  }
  placed.sort((p, q) => p.y - q.y || p.x - q.x);
  const rows: Placed[][] = [];
  for (const p of placed) {
    const row = rows[rows.length - 1];
    // Same baseline within a third of the font size: superscripts and mixed fonts stay on the line.
    if (row && Math.abs(row[0]!.y - p.y) <= Math.max(1, row[0]!.size / 3)) row.push(p);
    else rows.push([p]);
  }
  return { page, width, height, lines: rows.map((row, i) => cellsOf(row, page, i)) };
}

function cellsOf(row: Placed[], page: number, line: number): Cell[] {
  row.sort((p, q) => p.x - q.x);
  const cells: Cell[] = [];
  let current: Cell | null = null;
  for (const p of row) {
    const gap = current ? p.x - current.end : 0;
    if (!current || gap > p.size * CELL_GAP) {
      current = { text: p.str.trim(), x: p.x, end: p.end, y: p.y, size: p.size, page, line };
      cells.push(current);
      continue;
    }
    const space = gap > p.size * 0.15 && !current.text.endsWith(' ') && !p.str.startsWith(' ');
    current.text = `${current.text}${space ? ' ' : ''}${p.str}`.replace(/\s+/g, ' ').trim();
    current.end = Math.max(current.end, p.end);
    current.size = Math.max(current.size, p.size);
  }
  return cells;
}

/** The page as text lines, cells joined by a tab (what the plain-text heuristics read). */
export function textOfLayout(layout: PageLayout): string {
  return layout.lines.map((cells) => cells.map((c) => c.text).join('\t')).join('\n');
}
