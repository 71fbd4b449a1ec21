/**
 * Page flow. Blocks are cut into chunks that are never split across pages (a line of text, a
 * table row, a signature); a chunk that does not fit starts a new page. A heading is kept with
 * what follows it, and a table row that lands on a new page brings the table header with it.
 */
import { PAGE } from './page';
import type { Surface } from './surface';

export interface Chunk {
  height: number;
  /** Gap above the chunk, dropped at the top of a page. */
  before?: number;
  draw: (top: number) => void;
  keepWithNext?: boolean;
  /** Pulls the chunk before it along (a signature never opens a page alone). */
  keepWithPrevious?: boolean;
  /** Drawn first when this chunk opens a page (the header of the table it belongs to). */
  header?: Chunk;
}

export class Flow {
  y: number = PAGE.top;
  pages = 1;
  private atPageTop = true;

  constructor(private readonly surface: Surface) {}

  /** Starts the flow below an absolutely placed area (the letterhead). */
  startAt(y: number): void {
    this.y = y;
    this.atPageTop = false;
  }

  private newPage(): void {
    this.surface.pdf.addPage('a4', 'portrait');
    this.pages += 1;
    this.y = PAGE.top;
    this.atPageTop = true;
  }

  private fits(height: number): boolean {
    return this.y + height <= PAGE.bottom;
  }

  private gap(chunk: Chunk): number {
    return this.atPageTop ? 0 : (chunk.before ?? 0);
  }

  place(chunks: Chunk[]): void {
    chunks.forEach((chunk, i) => {
      let need = this.gap(chunk) + chunk.height;
      // Keep a heading (or a lead-in line) with at least the first chunk that follows it.
      const keeps = (j: number) => chunks[j]?.keepWithNext || chunks[j + 1]?.keepWithPrevious;
      for (let j = i; keeps(j) && chunks[j + 1]; j++) {
        const next = chunks[j + 1]!;
        need += (next.before ?? 0) + next.height + (next.header?.height ?? 0);
        if (need > PAGE.bottom - PAGE.top) break;
      }
      if (!this.fits(need) && !this.atPageTop) {
        this.newPage();
        if (chunk.header) this.drawChunk(chunk.header);
      }
      this.drawChunk(chunk);
    });
  }

  private drawChunk(chunk: Chunk): void {
    this.y += this.gap(chunk);
    chunk.draw(this.y);
    this.y += chunk.height;
    this.atPageTop = false;
  }
}
