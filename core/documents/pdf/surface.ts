/**
 * The few drawing operations the documents need, over jsPDF. Text passes through `winAnsi`
 * when it is wrapped (see ./wrap) and through `printable` here, so nothing reaches the PDF
 * that Helvetica/WinAnsi cannot show.
 */
import type { jsPDF } from 'jspdf';
import type { Rich } from '../model';
import { printable, winAnsi } from '../win-ansi';
import { emWidth } from './helvetica-widths';
import { lineHeight, PT } from './page';
import { type Line, type Measure, wrap } from './wrap';

export class Surface {
  private size = Number.NaN;
  private bold: boolean | null = null;

  constructor(readonly pdf: jsPDF) {}

  font(size: number, bold = false): void {
    if (size !== this.size) this.pdf.setFontSize(size);
    if (bold !== this.bold) this.pdf.setFont('helvetica', bold ? 'bold' : 'normal');
    this.size = size;
    this.bold = bold;
  }

  /** Width in mm at the current size, from the AFM widths (not jsPDF's rounded table). */
  readonly measure: Measure = (text, bold) => emWidth(printable(text), bold) * this.size * PT;

  wrap(text: Rich, width: number, size: number, bold = false): Line[] {
    this.font(size, bold);
    return wrap(text, width, this.measure, bold);
  }

  lineHeight(size: number): number {
    return lineHeight(size);
  }

  /** Draws wrapped lines from `top`; x is the left edge, or the right edge / centre per align. */
  drawLines(
    lines: Line[],
    x: number,
    top: number,
    size: number,
    align: 'left' | 'right' | 'center' = 'left',
  ): void {
    const lh = lineHeight(size);
    lines.forEach((line, i) => {
      let cx = align === 'left' ? x : align === 'right' ? x - line.width : x - line.width / 2;
      // Baseline a little under the top of the line box: ascent of Helvetica ≈ 0.72 em.
      const baseline = top + i * lh + size * PT * 0.95;
      for (const seg of line.segments) {
        this.font(size, seg.bold);
        this.pdf.text(printable(seg.text), cx, baseline);
        cx += seg.width;
      }
    });
  }

  /** One line of text, not wrapped (page numbers, running header). */
  text(
    text: string,
    x: number,
    top: number,
    size: number,
    align: 'left' | 'right' | 'center' = 'left',
  ): void {
    this.font(size, false);
    const t = winAnsi(text);
    const width = this.measure(t, false);
    const line: Line = { segments: [{ text: t, bold: false, width }], width };
    this.drawLines([line], x, top, size, align);
  }

  rule(x1: number, y: number, x2: number, grey = 170, weight = 0.2): void {
    this.pdf.setDrawColor(grey);
    this.pdf.setLineWidth(weight);
    this.pdf.line(x1, y, x2, y);
  }

  fill(x: number, y: number, w: number, h: number, grey: number): void {
    this.pdf.setFillColor(grey, grey, grey);
    this.pdf.rect(x, y, w, h, 'F');
  }

  grey(level: number): void {
    this.pdf.setTextColor(level);
  }
}
