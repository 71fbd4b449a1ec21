/**
 * Tables: each row is one chunk (never split); the header row is repeated at the top of every
 * page the table continues on. `fields` blocks are tables without a header.
 */
import type { TableColumn, TableRow } from '../model';
import type { Chunk } from './flow';
import { PAGE, SIZE, TEXT_WIDTH } from './page';
import type { Surface } from './surface';

const PAD_X = 1.6;
const PAD_Y = 1.1;

function columnWidths(columns: TableColumn[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  return columns.map((c) => (c.width / total) * TEXT_WIDTH);
}

function rowChunk(
  s: Surface,
  columns: TableColumn[],
  widths: number[],
  cells: string[],
  style: { bold: boolean; shade?: number; ruleAbove?: boolean },
): Chunk {
  const size = SIZE.table;
  const wrapped = cells.map((cell, i) => s.wrap(cell, (widths[i] ?? 0) - 2 * PAD_X, size, style.bold));
  const lines = Math.max(1, ...wrapped.map((w) => w.length));
  const height = lines * s.lineHeight(size) + 2 * PAD_Y;
  return {
    height,
    draw: (top) => {
      if (style.shade !== undefined) s.fill(PAGE.left, top, TEXT_WIDTH, height, style.shade);
      if (style.ruleAbove) s.rule(PAGE.left, top, PAGE.right, 60, 0.3);
      let x = PAGE.left;
      wrapped.forEach((cellLines, i) => {
        const w = widths[i] ?? 0;
        const align = columns[i]?.align ?? 'left';
        const anchor = align === 'right' ? x + w - PAD_X : align === 'center' ? x + w / 2 : x + PAD_X;
        s.drawLines(cellLines, anchor, top + PAD_Y, size, align);
        x += w;
      });
      s.rule(PAGE.left, top + height, PAGE.right, 200);
    },
  };
}

export function tableChunks(s: Surface, columns: TableColumn[], rows: TableRow[]): Chunk[] {
  const widths = columnWidths(columns);
  const header = rowChunk(
    s,
    columns,
    widths,
    columns.map((c) => c.header),
    { bold: true, shade: 235 },
  );
  const body = rows.map((row) =>
    rowChunk(s, columns, widths, row.cells, { bold: row.total ?? false, ruleAbove: row.total }),
  );
  return [{ ...header, before: 2, keepWithNext: true }, ...body.map((chunk) => ({ ...chunk, header }))];
}

export function fieldChunks(s: Surface, rows: [string, string][]): Chunk[] {
  const labelWidth = TEXT_WIDTH * 0.34;
  const size = SIZE.table;
  return rows.map(([label, value], i) => {
    const labelLines = s.wrap(label, labelWidth - 2 * PAD_X, size, true);
    const valueLines = s.wrap(value, TEXT_WIDTH - labelWidth - 2 * PAD_X, size, false);
    const height = Math.max(labelLines.length, valueLines.length) * s.lineHeight(size) + 2 * PAD_Y;
    return {
      height,
      before: i === 0 ? 2 : 0,
      draw: (top: number) => {
        s.drawLines(labelLines, PAGE.left + PAD_X, top + PAD_Y, size);
        s.drawLines(valueLines, PAGE.left + labelWidth + PAD_X, top + PAD_Y, size);
      },
    };
  });
}
