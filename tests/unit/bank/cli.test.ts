import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const fixture = (name: string) => join('tests/fixtures/bank', name);

function run(files: string[]): { lines: Record<string, unknown>[]; status: number } {
  try {
    const out = execFileSync('npx', ['tsx', 'scripts/bank.ts', ...files], { cwd: root, stdio: 'pipe' });
    return { lines: parse(out.toString()), status: 0 };
  } catch (e) {
    const err = e as { stdout: Buffer; status: number };
    return { lines: parse(err.stdout.toString()), status: err.status };
  }
}
const parse = (s: string) =>
  s
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run bank (the contract)', () => {
  it('one line per credit with exactly the contract keys, debits left out; a bad file gives one error line', () => {
    const { lines, status } = run([
      fixture('qonto.csv'),
      fixture('releve.camt053.xml'),
      fixture('malformed-date.csv'),
    ]);
    expect(status).toBe(1);
    expect(lines).toHaveLength(2 + 3 + 1);
    for (const l of lines.slice(0, 5)) {
      expect(Object.keys(l)).toEqual([
        'file',
        'date',
        'amountCents',
        'currency',
        'label',
        'counterparty',
        'reference',
        'source',
      ]);
      expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(l.amountCents).toBeGreaterThan(0);
    }
    expect(lines[0]).toEqual({
      file: fixture('qonto.csv'),
      date: '2026-03-05',
      amountCents: 150_000,
      currency: 'EUR',
      label: 'ATELIER MERCIER · FACTURE F-2026-014',
      counterparty: 'ATELIER MERCIER',
      reference: 'FACTURE F-2026-014',
      source: 'csv',
    });
    expect(lines.slice(2, 5).map((l) => l.source)).toEqual(['camt053', 'camt053', 'camt053']);
    expect(lines[5]).toEqual({
      file: fixture('malformed-date.csv'),
      error: 'ligne 3, colonne « Date » : date illisible (« 31/02/2026 »)',
    });
  }, 30_000);
});
