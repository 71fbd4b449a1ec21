/** One line of `npm run bench`: `figure | measured | budget | verdict`. */
export interface BenchFigure {
  figure: string;
  /** Human-readable measured value, e.g. "12.3 ms" or "18.4 KB". */
  measured: string;
  /** Human-readable budget, e.g. "≤ 50 ms"; "—" when informative only. */
  budget: string;
  /** true = within budget, false = over, null = informative figure without budget. */
  ok: boolean | null;
}

/** Each `tests/bench/*.bench.ts` file default-exports one of these. */
export type BenchSuite = () => Promise<BenchFigure[]>;
