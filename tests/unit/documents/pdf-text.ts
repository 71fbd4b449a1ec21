/** Reads a PDF back with poppler's pdftotext (installed in CI), as a reader of the letter would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'echeance-docs-'));
let n = 0;

export function writeTemp(bytes: Uint8Array, ext = 'pdf'): string {
  const path = join(dir, `doc-${++n}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

/** `pdftotext -layout`, the whole document or one page. */
export function pdfText(bytes: Uint8Array, page?: number): string {
  const path = writeTemp(bytes);
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const out = spawnSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr}`);
  return out.stdout;
}

export function pageCount(bytes: Uint8Array): number {
  const out = spawnSync('pdfinfo', [writeTemp(bytes)], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(out.stdout)?.[1] ?? 0);
}

/** Collapses runs of spaces (layout mode aligns columns with them) for phrase checks. */
export function flat(text: string): string {
  return text.replace(/[ \t]+/g, ' ');
}

/** What a character lost on the way looks like: replacement marks and UTF-8 read as Latin-1. */
export function garbled(text: string): string[] {
  const found = text.match(/[?\uFFFD]|Ã.|Â.|â€/g) ?? [];
  return [...new Set(found)];
}

/** Every word with its box, in mm from the top-left corner of its page (`pdftotext -bbox`). */
export function wordBoxes(bytes: Uint8Array): { page: number; word: string; top: number; bottom: number }[] {
  const out = spawnSync('pdftotext', ['-bbox', writeTemp(bytes), '-'], { encoding: 'utf8' }).stdout;
  const mm = (pt: string) => (Number(pt) * 25.4) / 72;
  const words: { page: number; word: string; top: number; bottom: number }[] = [];
  let page = 0;
  for (const line of out.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const m = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, word: m[3] ?? '', top: mm(m[1] ?? '0'), bottom: mm(m[2] ?? '0') });
  }
  return words;
}
