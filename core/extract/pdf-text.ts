/**
 * The visible text of a PDF page, rebuilt as lines in reading order. pdf.js gives positioned
 * fragments; the text heuristics need « Total TTC 1 500,00 € » on one line, and table rows
 * kept as rows, so fragments are grouped by baseline and sorted left to right.
 */

import { layoutOfPage, textOfLayout } from './layout';

export interface TextFragment {
  str: string;
  /** [scaleX, skewY, skewX, scaleY, x, y] in PDF units, y growing upwards. */
  transform: number[];
  width: number;
}

/** The page's lines, cells separated by a tab (the layout's own grouping, see layout.ts). */
export function linesOfPage(items: readonly unknown[]): string {
  return textOfLayout(layoutOfPage(items, 1, 0, 0));
}
