import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../core/bytes/decode';
import { parseInvoiceCsvBytes } from '../../../core/import/csv-file';

const csv = 'N° facture;Client;Montant TTC;Échéance\nF-1;Société Générale d’Études;1 200,00 €;31/03/2026\n';
/** Windows-1252 bytes of a text (Latin-1 range plus « € » and « ’ »). */
function cp1252(text: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map((c) => high[c] ?? c.charCodeAt(0)));
}
const noPause = async () => {};

describe('encodings', () => {
  it('reads UTF-8 with and without a BOM, and Windows-1252, to the same rows', async () => {
    const utf8 = new TextEncoder().encode(csv);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]);
    const latin = cp1252(csv);
    expect(decodeBytes(latin)).toEqual({ text: csv, encoding: 'windows-1252' });
    expect(decodeBytes(bom)).toEqual({ text: csv, encoding: 'utf-8' });
    for (const [bytes, encoding] of [
      [utf8, 'utf-8'],
      [bom, 'utf-8'],
      [latin, 'windows-1252'],
    ] as const) {
      const result = await parseInvoiceCsvBytes(bytes, { sliceBytes: 16, pause: noPause });
      expect(result.encoding).toBe(encoding);
      if (!result.ok) throw new Error(JSON.stringify(result));
      expect(result.rows[0]!.item).toMatchObject({
        number: 'F-1',
        clientName: 'Société Générale d’Études',
        totalCents: 120000,
        dueDate: '2026-03-31',
      });
    }
  });
});
