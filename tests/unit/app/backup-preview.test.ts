import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { previewBackup } from '../../../core/app/backup-preview';
import { backupFile } from '../../../core/backup';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { aClient, anInvoice, done } from '../dunning/builders';
import { seeded } from './seed';

const client = aClient();
const here = anInvoice();
const other = anInvoice({ id: 'inv-2', number: 'F-2026-002' });
/** Same id as the invoice here, another amount: a merge must leave it as a conflict. */
const changed = { ...here, totalCents: 99_000 };

async function fileText() {
  const content = {
    settings: DEFAULT_SETTINGS,
    clients: [client],
    invoices: [changed, other],
    events: [done('2026-04-07', 'j7-email', 'inv-2')],
    scenarios: [],
    files: [],
  };
  return (await backupFile(content, '2026-04-20T08:00:00.000Z')).parts.join('');
}

describe('previewBackup (what restoring a chosen file would do)', () => {
  it('counts what the file holds, what is here, what a merge adds and where it conflicts', async () => {
    const db = await seeded({ clients: [client], invoices: [here] });
    const text = await fileText();
    const answer = await previewBackup(db, { name: 'sauvegarde.json', size: text.length, text });
    if (!answer.ok) throw new Error(answer.code);
    const p = answer.preview;
    expect(p.fileName).toBe('sauvegarde.json');
    expect(p.fileBytes).toBe(text.length);
    expect(p.checksum).toBe('verified');
    expect(p.holds).toEqual({ invoices: 2, clients: 1, events: 1, files: 0, scenarios: 0 });
    expect(p.current).toEqual({ invoices: 1, clients: 1, events: 0, files: 0, scenarios: 0 });
    expect(p.mergeAdds).toEqual({ invoices: 1, clients: 0, events: 1, files: 0, scenarios: 0 });
    expect(p.mergeConflicts).toBe(1);
  });

  it('says why a file does not read', async () => {
    const db = await seeded();
    const other = await previewBackup(db, { name: 'x.json', size: 7, text: '{"a":1}' });
    expect(other).toMatchObject({ ok: false, code: 'not-backup' });
    const tampered = (await fileText()).replace('F-2026-002', 'F-2026-003');
    const answer = await previewBackup(db, { name: 'x.json', size: tampered.length, text: tampered });
    expect(answer).toMatchObject({ ok: false, code: 'checksum' });
  });
});
