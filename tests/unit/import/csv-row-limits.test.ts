import { describe, expect, it } from 'vitest';
import { parseInvoiceCsv } from '../../../core/import/csv';

const HEADER = 'numero;client;email;montant_ttc;date_emission;date_echeance;type_client';

describe('a field the background would refuse is this row’s problem', () => {
  it('one over-long client name: that row is refused with its column, the others are ready', () => {
    const csv = [
      HEADER,
      `F-1;${'A'.repeat(400)};;100;01/02/2026;03/03/2026;pro`,
      'F-2;Bolt;;100;01/02/2026;03/03/2026;pro',
    ].join('\n');
    const result = parseInvoiceCsv(csv);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows[0]).toMatchObject({
      line: 2,
      item: null,
      problems: [{ column: 'client', code: 'too-long' }],
    });
    expect(result.rows[1]?.item?.number).toBe('F-2');
  });
});

describe('plausibility', () => {
  it('a due date in 1900 and 90 trillion euros are refused with their column', () => {
    const csv = [
      HEADER,
      'F-1;Acme;;100;01/01/1900;02/01/1900;pro',
      'F-2;Acme;;90 000 000 000 000,00;01/02/2026;03/03/2026;pro',
    ].join('\n');
    const result = parseInvoiceCsv(csv);
    if (!result.ok) throw new Error(result.error);
    expect(result.rows[0]?.problems.map((p) => [p.column, p.code])).toEqual([
      ['date_emission', 'implausible-date'],
      ['date_echeance', 'implausible-date'],
    ]);
    expect(result.rows[1]?.problems.map((p) => [p.column, p.code])).toEqual([
      ['montant_ttc', 'implausible-amount'],
    ]);
  });
});
