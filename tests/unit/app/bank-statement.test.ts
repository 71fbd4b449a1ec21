import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proposeBankPayments, readStatements } from '../../../core/app/bank-statement';
import { bankLineHash } from '../../../core/bank/hash';
import { nodeXmlParser } from '../../../core/extract/node';
import { EventSchema } from '../../../core/model';
import { aClient, anInvoice, paid } from '../dunning/builders';
import { seeded } from './seed';

const dir = join(import.meta.dirname, '../../fixtures/bank');
const file = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });

/** Boursorama's sample pays F-2026-014 (1 500,00 €) from Atelier Mercier on 2026-03-05. */
const mercier = aClient({ id: 'mercier', name: 'Atelier Mercier' });
const owed = anInvoice({ id: 'inv-14', number: 'F-2026-014', clientId: 'mercier' });

describe('bank statements through core/app', () => {
  it('reads each file: credits only, an unknown CSV to map, an error named per file', async () => {
    const db = await seeded();
    const reads = await readStatements(
      db,
      [file('boursorama.csv'), file('unknown-bank.csv'), { name: 'vide.csv', bytes: new Uint8Array() }],
      nodeXmlParser(),
    );
    expect(reads.map((r) => r.kind)).toEqual(['read', 'needs-mapping', 'error']);
    const [bourso, unknown, empty] = reads;
    if (bourso?.kind !== 'read' || unknown?.kind !== 'needs-mapping' || empty?.kind !== 'error')
      throw new Error();
    expect(bourso.credits.length).toBeGreaterThan(0);
    expect(bourso.credits.every((l) => l.amountCents > 0)).toBe(true);
    expect(unknown.shape.columns.length).toBeGreaterThan(0);
    expect(empty.error.code).toBe('empty');
  });

  it('proposes the invoice a credit names, and skips a line already recorded', async () => {
    const db = await seeded({ clients: [mercier], invoices: [owed] });
    const [read] = await readStatements(db, [file('boursorama.csv')], nodeXmlParser());
    if (read?.kind !== 'read') throw new Error('not read');
    const line = read.credits.find((l) => l.label.includes('F-2026-014'))!;
    const [proposal] = await proposeBankPayments(db, [line]);
    expect(proposal?.level).toBe('sure');
    expect(proposal?.allocations).toEqual([{ invoiceId: 'inv-14', amountCents: 150_000 }]);

    const { row: _row, ...proof } = line;
    const recorded = EventSchema.parse({
      ...paid('2026-03-05', 150_000, 'inv-14'),
      bank: { ...proof, hash: bankLineHash(line), file: 'boursorama.csv' },
    });
    const again = await seeded({ clients: [mercier], invoices: [owed], events: [recorded] });
    expect(await proposeBankPayments(again, [line])).toEqual([]);
  });
});
