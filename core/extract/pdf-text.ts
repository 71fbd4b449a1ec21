/**
 * The visible text of a PDF page, rebuilt as lines in reading order. pdf.js gives positioned
 * fragments; the text heuristics need « Total TTC 1 500,00 € » on one line, and table rows
 * kept as rows, so fragments are grouped by baseline and sorted left to right.
 */

export interface TextFragment {
  str: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] in PDF units, y growing upwards. */
  transform: number[];
  width: number;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

export function linesOfPage(items: readonly unknown[]): string {
  const placed: Placed[] = [];
  for (const item of items) {
    const f = item as Partial<TextFragment>;
    if (typeof f.str !== 'string' || f.str.trim() === '' || !f.transform) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = f.transform;
    const size = Math.hypot(a, b) || 1;
    placed.push({ str: f.str, x, y, end: x + (f.width ?? 0), size });
  }
  placed.sort((p, q) => q.y - p.y || p.x - q.x);

  const lines: Placed[][] = [];
  for (const p of placed) {
    const line = lines[lines.length - 1];
    // Same baseline within a third of the font size: superscripts and mixed fonts stay on the line.
    if (line && Math.abs(line[0]!.y - p.y) <= Math.max(1, line[0]!.size / 3)) line.push(p);
    else lines.push([p]);
  }
  return lines.map(joinLine).join('\n');
}

function joinLine(line: Placed[]): string {
  line.sort((p, q) => p.x - q.x);
  let out = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const p of line) {
    // A visible gap between fragments is a space; a wide one separates columns: a tab.
    const gap = p.x - lastEnd;
    if (out && gap > p.size * 2) out += '\t';
    else if (out && gap > p.size * 0.15 && !out.endsWith(' ') && !p.str.startsWith(' ')) out += ' ';
    out += p.str;
    lastEnd = p.end;
  }
  return out;
}
