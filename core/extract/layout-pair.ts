/**
 * Label → value pairing on a page layout: a label's value is in its own cell after it
 * (« Échéance : 15/03/2026 »), in the next cells of its line (« Total TTC | 1 500,00 € »), or
 * below it in its column (a table header « Date | N° | Échéance » over its row). Each candidate
 * keeps where it was found; layout-read.ts scores them.
 */
import type { Cell, PageLayout } from './layout';
import { LABEL_RULES, LAYOUT_LABELS, type LayoutField } from './layout-labels';
import { findLabels } from './text-pairing';

/** Weights of a bare document word (« Rechnung ») and a bare number mark (« Nr. »), see layout-labels. */
const DOC_WORD = 0.55;
const MARK = 0.5;

export interface Candidate {
  field: LayoutField;
  /** How surely the label names the field, times how close the value sits (0–1). */
  score: number;
  text: string;
  labelCell: Cell;
  valueCell: Cell;
  where: 'same' | 'right' | 'below';
}

export interface FoundLabel {
  field: LayoutField;
  weight: number;
  cell: Cell;
  start: number;
  end: number;
  /** The label is all its cell holds (but a colon): a heading, not words in a sentence. */
  alone: boolean;
}

const OWN_FIELD_RE = /^\p{L}[\p{L} .°/-]{0,24}\s?:\s*\S/u;

/** Lines below a label where its value may sit (table headers over their rows). */
const BELOW_LINES = 3;

export function labelsOfCell(cell: Cell): FoundLabel[] {
  return findLabels(cell.text, LABEL_RULES).map((l) => {
    const index = Number(l.kind.split(':')[1]);
    const [field, , weight] = LAYOUT_LABELS[index]!;
    const rest = cell.text.slice(l.end).trim();
    const alone = l.start === 0 && /^[:.#]?$/.test(rest);
    return { field, weight, cell, start: l.start, end: l.end, alone };
  });
}

/** Every label of the page with the cells its value may be in. */
export function pageCandidates(layout: PageLayout): { labels: FoundLabel[]; candidates: Candidate[] } {
  const labels: FoundLabel[] = [];
  const candidates: Candidate[] = [];
  const cellLabels = layout.lines.map((cells) => cells.map(labelsOfCell));
  for (const [li, cells] of layout.lines.entries()) {
    for (const [ci, cell] of cells.entries()) {
      const found = cellLabels[li]![ci]!;
      for (const [k, label] of found.entries()) {
        labels.push(label);
        const add = (text: string, valueCell: Cell, where: Candidate['where'], closeness: number) => {
          if (text.trim())
            candidates.push({
              field: label.field,
              score: label.weight * closeness,
              text,
              labelCell: cell,
              valueCell,
              where,
            });
        };
        const next = found[k + 1];
        const same = cell.text.slice(label.end, next?.start).replace(/^\s*[:.#]?\s*/, '');
        // « Rechnung Nr. 471102 vom 05.03.2018 »: « vom » after a number label is the issue date.
        const afterNumber =
          label.weight < 0.5 && found.slice(0, k).some((l) => l.field === 'number' && l.weight >= 0.9);
        // « Rechnung des Versicherers (575) Nr. 00.123 »: « Nr. » after the document word is its number.
        const markAfterDoc =
          label.field === 'number' &&
          label.weight === MARK &&
          found.slice(0, k).some((l) => l.field === 'number' && l.weight === DOC_WORD);
        add(same, cell, 'same', afterNumber ? 2.2 : markAfterDoc ? 1.9 : label.weight < 0.5 ? 0.5 : 1);
        // Short words (« du », « vom ») only introduce what follows them in the same cell.
        if (label.weight < 0.5 || next) continue;
        const right = cells[ci + 1];
        // « TVA 10 % | 116,05 € »: the cell's rest may not be the value; the next cell still may.
        const rightCloseness = same.trim() ? 0.6 : 0.95;
        // « Références | GLN : 1234567890128 »: a cell that is a field of its own (a word, a colon,
        // a value) answers its own label, not the one on its left.
        if (right && cellLabels[li]![ci + 1]!.length === 0 && !OWN_FIELD_RE.test(right.text))
          add(right.text, right, 'right', rightCloseness);
        if (same.trim()) continue;
        below(layout, li, cell, label, cellLabels, add);
      }
    }
  }
  return { labels, candidates };
}

function below(
  layout: PageLayout,
  li: number,
  cell: Cell,
  label: FoundLabel,
  cellLabels: FoundLabel[][][],
  add: (text: string, c: Cell, where: 'below', closeness: number) => void,
) {
  // Where the label sits in its cell, estimated from its share of the characters.
  const share = (cell.end - cell.x) / Math.max(1, cell.text.length);
  const from = cell.x + label.start * share - cell.size;
  const to = cell.x + label.end * share + cell.size * 4;
  for (let d = 1; d <= BELOW_LINES && li + d < layout.lines.length; d++) {
    const line = layout.lines[li + d]!;
    // Too far down for a row under its header.
    if (line[0]!.y - cell.y > cell.size * 2.6 * d + cell.size) return;
    const hit = line.findIndex((c) => c.x < to && c.end > from);
    if (hit < 0) continue;
    if (cellLabels[li + d]![hit]!.length === 0)
      add(line[hit]!.text, line[hit]!, 'below', 0.85 - 0.1 * (d - 1));
    return;
  }
}
