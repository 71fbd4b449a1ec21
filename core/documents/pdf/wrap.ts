/**
 * Word wrap for runs of normal and bold text. Lines break only at plain spaces (U+00A0 holds
 * amounts, « n° 12 » and guillemets together); a word wider than the line is cut by characters.
 */
import type { Inline, Rich } from '../model';
import { winAnsi } from '../win-ansi';

interface Segment {
  text: string;
  bold: boolean;
  width: number;
}

export interface Line {
  segments: Segment[];
  width: number;
}

/** Width in mm of a text in the current size, normal or bold. */
export type Measure = (text: string, bold: boolean) => number;

type Piece = { text: string; bold: boolean };
type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; bold: boolean } | { kind: 'newline' };

function inlines(text: Rich, bold = false): Inline[] {
  return typeof text === 'string'
    ? [{ text, bold }]
    : text.map((r) => ({ text: r.text, bold: r.bold ?? bold }));
}

/** « guillemets » and the space before : ; ! ? never break from their word (French typography). */
function frenchSpacing(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ ([»:;!?])/g, '\u00a0$1');
}

function tokenize(runs: Inline[]): Token[] {
  const tokens: Token[] = [];
  let word: Piece[] | null = null;
  for (const run of runs) {
    const bold = run.bold ?? false;
    for (const part of frenchSpacing(winAnsi(run.text)).split(/( |\n)/)) {
      if (part === '') continue;
      if (part === ' ' || part === '\n') {
        word = null;
        tokens.push(part === ' ' ? { kind: 'space', bold } : { kind: 'newline' });
        continue;
      }
      if (!word) {
        word = [];
        tokens.push({ kind: 'word', pieces: word });
      }
      word.push({ text: part, bold });
    }
  }
  return tokens;
}

class LineBuilder {
  lines: Line[] = [];
  private current: Segment[] = [];
  private width = 0;

  get isEmpty(): boolean {
    return this.current.length === 0;
  }

  get used(): number {
    return this.width;
  }

  add(text: string, bold: boolean, width: number): void {
    const last = this.current[this.current.length - 1];
    if (last && last.bold === bold) {
      last.text += text;
      last.width += width;
    } else {
      this.current.push({ text, bold, width });
    }
    this.width += width;
  }

  flush(): void {
    this.lines.push({ segments: this.current, width: this.width });
    this.current = [];
    this.width = 0;
  }
}

function cutWord(pieces: Piece[], maxWidth: number, measure: Measure, out: LineBuilder): void {
  for (const piece of pieces) {
    for (const ch of piece.text) {
      const w = measure(ch, piece.bold);
      if (!out.isEmpty && out.used + w > maxWidth) out.flush();
      out.add(ch, piece.bold, w);
    }
  }
}

export function wrap(text: Rich, maxWidth: number, measure: Measure, bold = false): Line[] {
  const out = new LineBuilder();
  let pendingSpace: boolean | null = null;
  for (const token of tokenize(inlines(text, bold))) {
    if (token.kind === 'newline') {
      out.flush();
      pendingSpace = null;
    } else if (token.kind === 'space') {
      if (!out.isEmpty) pendingSpace = token.bold;
    } else {
      const widths = token.pieces.map((p) => measure(p.text, p.bold));
      const wordWidth = widths.reduce((a, b) => a + b, 0);
      const spaceWidth = pendingSpace === null ? 0 : measure(' ', pendingSpace);
      if (!out.isEmpty && out.used + spaceWidth + wordWidth > maxWidth) {
        out.flush();
      } else if (pendingSpace !== null && !out.isEmpty) {
        out.add(' ', pendingSpace, spaceWidth);
      }
      pendingSpace = null;
      if (wordWidth > maxWidth) cutWord(token.pieces, maxWidth, measure, out);
      else for (const [i, p] of token.pieces.entries()) out.add(p.text, p.bold, widths[i] ?? 0);
    }
  }
  if (!out.isEmpty || out.lines.length === 0) out.flush();
  return out.lines;
}
