import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) =>
  spawnSync('node_modules/.bin/tsx', ['scripts/extract.ts', ...files], { encoding: 'utf8', timeout: 60_000 });

describe('npm run extract', () => {
  it('prints one JSON line per file, in the contract’s shape, and errors on stderr', () => {
    const files = [
      'tests/fixtures/extract/einvoice/akretion-factur-x/invoice_EN16931.pdf',
      'tests/fixtures/extract/einvoice/cen-en16931/ubl/ubl-tc434-creditnote1.xml',
      'tests/fixtures/extract/pdf/de-rechnung.pdf',
      'tests/fixtures/extract/einvoice/akretion-factur-x/order-x-basic.xml',
    ];
    const { stdout, stderr, status } = run(...files);
    expect(status).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => Object.keys(l))).toEqual(
      files.map(() => [
        'file',
        'number',
        'issueDate',
        'dueDate',
        'total',
        'amountDue',
        'currency',
        'sellerName',
        'buyerName',
        'buyerEmail',
        'source',
      ]),
    );
    expect(lines[0]).toEqual({
      file: files[0],
      number: 'F20260023',
      issueDate: '2026-01-31',
      dueDate: '2026-03-02',
      total: 10490,
      amountDue: 10490,
      currency: 'EUR',
      sellerName: 'LE FOURNISSEUR',
      buyerName: 'LE CLIENT',
      buyerEmail: 'me@buyer.com',
      source: 'facturx',
    });
    expect(lines[1]).toMatchObject({ number: '018304 / 28865', total: 10011, source: 'ubl' });
    expect(lines[2]).toMatchObject({
      number: 'RE-2026-0815',
      issueDate: '2017-11-13',
      total: 119000,
      source: 'text',
    });
    expect(lines[3]).toMatchObject({ number: null, total: null, source: 'none' });
    expect(stderr).toContain('order-x-basic.xml: order');
  });
});
