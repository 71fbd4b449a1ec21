import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInvoiceCsvBytes } from '../../../core/import/csv-file';
import { looksLikeXlsx } from '../../../core/import/decode';
import { diffImport } from '../../../core/import/update-diff';
import { parseInvoiceXlsx } from '../../../core/import/xlsx';

const dir = resolve(import.meta.dirname, '../../fixtures/csv/tools');
const read = async (name: string) => {
  const bytes = new Uint8Array(readFileSync(resolve(dir, name)));
  return looksLikeXlsx(bytes)
    ? parseInvoiceXlsx(bytes)
    : parseInvoiceCsvBytes(bytes, { pause: async () => {} });
};

/** [file, new invoices: number → what is left, set aside, clients asked]. */
const CASES: [string, Record<string, number>, number, string[]][] = [
  ['abby.csv', { 'ABBY-2026-042': 240000, 'ABBY-2026-043': 60000 }, 1, []],
  ['freebe.csv', { 'FRB-119': 96000, 'FRB-120': 100000 }, 1, []],
  ['henrri-windows-1252.csv', { 'HEN-2026-08': 150000 }, 2, []],
  ['tiime.xlsx', { 'TII-0032': 45050, 'TII-0033': 84000 }, 1, []],
  ['indy.csv', { 'IND-2026-0013': 216000, 'IND-2026-0014': 72000 }, 1, []],
  ['pennylane.csv', { 'PL-F-2026-102': 56000, 'PL-F-2026-103': 99000 }, 1, []],
  ['qonto.csv', { 'QNT-000202': 132000 }, 2, []],
  ['facture-net.csv', { 'FNET-2026-55': 35000, 'FNET-2026-57': 90000 }, 1, ['Julie Martin']],
];

describe('tool exports (fixtures written from the public descriptions)', () => {
  it.each(CASES)('%s imports without naming a column', async (name, open, aside, asked) => {
    const result = await read(name);
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result)}`);
    expect(result.rows.filter((r) => !r.item).map((r) => r.problems)).toEqual([]);
    const diff = diffImport(result.rows, new Map(), '2026-12-02');
    const fresh = diff.outcomes.filter((o) => o.kind === 'new');
    expect(Object.fromEntries(fresh.map((o) => [o.row.item!.number, o.row.item!.amountDueCents]))).toEqual(
      open,
    );
    expect(diff.counts.aside).toBe(aside);
    expect([
      ...new Set(fresh.filter((o) => o.row.facts.kindFrom === 'ask').map((o) => o.row.item!.clientName)),
    ]).toEqual(asked);
  });

  it('reads Windows-1252 accents and « € » and the xlsx dates', async () => {
    const henrri = await read('henrri-windows-1252.csv');
    if (!henrri.ok) throw new Error('henrri');
    expect(henrri.rows.map((r) => r.item!.clientName)).toEqual([
      'Café Étoile SARL',
      'Librairie Œuvres SAS',
      'Garage Müller EURL',
    ]);
    const tiime = await read('tiime.xlsx');
    if (!tiime.ok) throw new Error('tiime');
    expect(tiime.rows[1]!.item).toMatchObject({
      issueDate: '2026-09-15',
      dueDate: '2026-10-15',
      totalCents: 120000,
      clientSiren: '552100554',
    });
  });
});
