import { describe, expect, it } from 'vitest';
import { backupFile, chunksOf, countsOf, readBackup } from '../../../core/backup';
import { fileText, sampleContent } from './fixture';

describe('backup file', () => {
  it('is written with a format version and a checksum, and reads back to the same content', async () => {
    const content = sampleContent();
    const text = await fileText(content);
    const raw = JSON.parse(text);
    expect(raw.version).toBe(2);
    expect(raw.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    const read = await readBackup(text);
    expect(read.ok && read.checksum).toBe('verified');
    if (!read.ok) return;
    expect(read.backup.invoices).toEqual(content.invoices);
    expect(read.backup.files).toEqual(content.files);
  });

  it('a file whose content was edited after export is refused by its checksum', async () => {
    const raw = JSON.parse(await fileText(sampleContent()));
    raw.invoices[0].amountDueCents = 1;
    expect(await readBackup(JSON.stringify(raw))).toMatchObject({ ok: false, code: 'checksum' });
  });

  it('a file truncated half-way is refused', async () => {
    const text = await fileText(sampleContent());
    expect(await readBackup(text.slice(0, text.length / 2))).toMatchObject({ ok: false, code: 'unreadable' });
  });

  it('a file from a newer format is refused before anything else is read', async () => {
    const raw = { format: 'echeance-backup', version: 3, exportedAt: 'whatever', invoices: 'new shape' };
    expect(await readBackup(JSON.stringify(raw))).toMatchObject({ ok: false, code: 'newer', version: 3 });
  });

  it('a byte order mark in front is accepted', async () => {
    expect((await readBackup(`\uFEFF${await fileText(sampleContent())}`)).ok).toBe(true);
  });

  it('a format-1 file (no checksum) is still read, marked as such', async () => {
    const v1 = {
      format: 'echeance-backup',
      version: 1,
      exportedAt: '2026-03-01T08:00:00Z',
      ...sampleContent(),
    };
    expect(await readBackup(JSON.stringify(v1))).toMatchObject({ ok: true, checksum: 'absent' });
  });

  it('the checksum does not depend on part boundaries or key order of the writer', async () => {
    const c = sampleContent();
    const a = await backupFile(c, '2026-03-01T08:00:00.000Z');
    const b = await backupFile(JSON.parse(JSON.stringify(c)), '2027-01-01T00:00:00.000Z');
    expect(a.checksum).toBe(b.checksum);
  });
});

describe('backup validation gaps', () => {
  const refused = async (edit: (raw: ReturnType<typeof sampleContent>) => void) => {
    const c = sampleContent();
    edit(c);
    const read = await readBackup(await fileText(c));
    expect(read.ok).toBe(false);
    return read.ok ? [] : read.issues.map((i) => `${i.path}: ${i.message}`);
  };

  it('duplicate invoice numbers', async () => {
    expect(await refused((c) => (c.invoices[1]!.number = c.invoices[0]!.number))).toContain(
      'invoices.1.number: numéro de facture en double « A-001 »',
    );
  });
  it('duplicate ids', async () => {
    expect(await refused((c) => (c.clients[1]!.id = c.clients[0]!.id))).toContainEqual(
      expect.stringContaining('clients.1.id: identifiant en double'),
    );
  });
  it('an invoice pointing at a file the backup does not hold', async () => {
    expect(await refused((c) => (c.files = []))).toContain('invoices.0.fileId: fichier inconnu « a-f1 »');
  });
  it('a client on a scenario the backup does not hold', async () => {
    expect(await refused((c) => (c.clients[0]!.scenarioId = 'gone'))).toContain(
      'clients.0.scenarioId: scénario inconnu « gone »',
    );
  });
  it('a file that is not base64', async () => {
    expect(await refused((c) => (c.files[0]!.base64 = '<script>alert(1)</script>'))).toContain(
      'files.0.base64: fichier illisible (base64 attendu)',
    );
  });
  it('a javascript: page address', async () => {
    const issues = await refused((c) => {
      c.invoices[0]!.origin = { kind: 'web', url: 'javascript:alert(1)' };
    });
    expect(issues.some((i) => i.startsWith('invoices.0.origin.url'))).toBe(true);
  });
});

describe('chunks', () => {
  it('no chunk is over the budget unless a single row is', () => {
    const c = sampleContent();
    const big = 'A'.repeat(3000);
    c.files = Array.from({ length: 10 }, (_, i) => ({
      id: `f${i}`,
      invoiceId: null,
      name: 'x',
      mime: 'x',
      base64: big,
    }));
    const chunks = [...chunksOf(c, 7000)];
    expect(chunks.filter((ch) => ch.table === 'files').map((ch) => ch.rows.length)).toEqual([2, 2, 2, 2, 2]);
    const total = chunks.reduce((s, ch) => s + ch.rows.length, 0);
    const counts = countsOf(c);
    expect(total).toBe(Object.values(counts).reduce((a, b) => a + b, 0));
  });
});
