import { afterAll, describe, expect, it } from 'vitest';
import { OPTIONAL_COLUMNS, parseInvoiceCsv, REQUIRED_COLUMNS } from '../../../core/import/csv';
import { ImportItemSchema } from '../../../core/model';
import { closeAll, HOSTILE_STRINGS, profile, snapshot, UNSAFE_CHARS } from './harness';

const COLUMNS: string[] = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
const GOOD = [
  'F-1',
  'Acme SAS',
  'compta@acme.test',
  '1 500,00',
  '01/02/2026',
  '03/03/2026',
  'pro',
  '',
  '',
  '',
  '',
];
const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const csvWith = (column: number, value: string) =>
  [
    COLUMNS.join(';'),
    GOOD.map((g, i) => quote(i === column ? value : g)).join(';'),
    'F-2;Bolt;;100;01/02/2026;03/03/2026;pro;;;;',
  ].join('\n');

/** Values aimed at what each column means, on top of the generic hostile strings. */
const SPECIFIC: readonly [string, string][] = [
  ['negative', '-100'],
  ['huge amount', '90000000000000'],
  ['exponent', '1e308'],
  ['NaN', 'NaN'],
  ['date 1900', '01/01/1900'],
  ['no such day', '31/02/2026'],
  ['year 99999', '01/01/99999'],
];

afterAll(closeAll);

describe('hostile CSV fields: each row ready (clean data) or refused with its column', () => {
  for (const [c, column] of COLUMNS.entries()) {
    for (const [label, value] of [...HOSTILE_STRINGS, ...SPECIFIC]) {
      it(`[csv] ${column} = ${label}`, async () => {
        const parsed = parseInvoiceCsv(csvWith(c, value));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.rows).toHaveLength(2);
        const [row, other] = parsed.rows;
        // The other row is never affected by this one.
        expect(other?.item?.number).toBe('F-2');
        if (row?.item === null) {
          expect(row.problems.length).toBeGreaterThan(0);
          for (const p of row.problems) expect(COLUMNS).toContain(p.column);
          expect(row.line).toBe(2);
          return;
        }
        // Ready: the background accepts it as it is, and stores it clean.
        const item = ImportItemSchema.parse(row!.item);
        for (const text of [item.number, item.clientName, item.clientPhone ?? ''])
          expect(text).not.toMatch(UNSAFE_CHARS);
        const { db, send } = profile();
        const before = await snapshot(db);
        const answer = await send('invoices/import', {
          items: [item],
          origin: { kind: 'csv', fileName: 'x.csv' },
        });
        if (!answer.ok) expect(await snapshot(db)).toBe(before);
        else expect(await db.invoices.count()).toBe(1);
        expect(answer.ok).toBe(true);
      });
    }
  }

  const FILES: readonly [string, string][] = [
    ['empty file', ''],
    ['only a BOM', '\uFEFF'],
    ['header only', COLUMNS.join(';')],
    ['missing columns', 'numero;client\nF-1;Acme'],
    ['binary', '\u0000\u0001\u0002PK\u0003\u0004'],
    ['HTML page', '<!doctype html><html><body>Not a CSV</body></html>'],
    ['JSON', '{"numero":"F-1"}'],
    ['duplicate numbers', [COLUMNS.join(';'), GOOD.join(';'), GOOD.join(';')].join('\n')],
    ['ragged rows', [COLUMNS.join(';'), 'F-1;Acme', GOOD.join(';')].join('\n')],
    ['CR only line ends', [COLUMNS.join(';'), GOOD.join(';')].join('\r')],
  ];
  for (const [label, text] of FILES) {
    it(`[csv] file: ${label}`, () => {
      const parsed = parseInvoiceCsv(text);
      if (!parsed.ok) {
        expect(['empty', 'missing-columns']).toContain(parsed.error);
        return;
      }
      for (const row of parsed.rows) {
        if (row.item) ImportItemSchema.parse(row.item);
        else expect(row.problems.length).toBeGreaterThan(0);
      }
    });
  }
});
