import { afterAll, describe, expect, it } from 'vitest';
import { backupFile, CONTENT_KEYS, readBackup, restoreInChunks } from '../../../core/backup';
import { type Backup, BackupSchema } from '../../../core/model';
import { fileText, sampleContent } from '../backup/fixture';
import { closeAll, HOSTILE_STRINGS, profile, snapshot, UNSAFE_CHARS } from './harness';

afterAll(closeAll);

/** A profile that already holds data, so that « nothing changed » means something. */
async function seeded() {
  const p = profile();
  const read = await readBackup(await fileText(sampleContent('here')));
  if (!read.ok) throw new Error(read.code);
  const answer = await restoreInChunks(p.send, read.backup, 'replace', 'seed');
  if (!answer.ok) throw new Error(answer.error.message);
  return p;
}

const set = (o: Record<string, unknown>, path: (string | number)[], value: unknown) => {
  let at = o as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
};

/** [path, value, the issue path expected] — values the schema or the references refuse. */
const REFUSED: readonly [string, (string | number)[], unknown][] = [
  ['empty number', ['invoices', 0, 'number'], ''],
  ['long number', ['invoices', 0, 'number'], 'N'.repeat(101)],
  ['number not text', ['invoices', 0, 'number'], 42],
  ['negative total', ['invoices', 0, 'totalCents'], -1],
  ['fractional cents', ['invoices', 0, 'totalCents'], 1.5],
  ['unsafe integer', ['invoices', 0, 'totalCents'], 2 ** 60],
  ['amount as text', ['invoices', 0, 'amountDueCents'], '100'],
  ['no such day', ['invoices', 0, 'dueDate'], '2026-02-30'],
  ['date in words', ['invoices', 0, 'dueDate'], 'yesterday'],
  ['unknown client', ['invoices', 0, 'clientId'], 'nobody'],
  ['unknown file', ['invoices', 1, 'fileId'], 'nofile'],
  ['javascript: page', ['invoices', 0, 'origin'], { kind: 'web', url: 'javascript:alert(1)' }],
  ['data: page', ['invoices', 0, 'origin'], { kind: 'web', url: 'data:text/html,<script>1</script>' }],
  ['unknown origin', ['invoices', 0, 'origin'], { kind: 'ftp' }],
  ['rate 1000 %', ['invoices', 0, 'contractualRatePercent'], 1000],
  ['status made up', ['invoices', 0, 'status'], 'hacked'],
  ['currency lower', ['invoices', 0, 'currency'], 'eur'],
  ['empty client name', ['clients', 0, 'name'], ''],
  ['controls-only name', ['clients', 0, 'name'], '\u0000\u202E\u2066'],
  ['bad e-mail', ['clients', 0, 'emails'], ['not-an-email']],
  ['bad SIREN', ['clients', 0, 'siren'], '12345'],
  ['unknown scenario', ['clients', 0, 'scenarioId'], 'gone'],
  ['kind made up', ['clients', 0, 'kind'], 'ogre'],
  ['event on no invoice', ['events', 0, 'invoiceId'], 'nobody'],
  ['event type made up', ['events', 0, 'type'], 'exfiltrate'],
  ['payment negative', ['events', 0, 'amountCents'], -5],
  ['file not base64', ['files', 0, 'base64'], '<html>'],
  ['file base64 bad length', ['files', 0, 'base64'], 'QUJ'],
  ['file of no invoice', ['files', 0, 'invoiceId'], 'nobody'],
  ['hour 25', ['settings', 'notifications', 'hour'], 25],
  ['default scenario gone', ['settings', 'defaultScenarioId'], 'gone'],
  ['duplicate number', ['invoices', 1, 'number'], 'HERE-001'],
  ['duplicate client id', ['clients', 1, 'id'], 'bk-c1'],
  ['duplicate invoice id', ['invoices', 1, 'id'], 'bk-i1'],
];

describe('hostile backups: refused with the field, nothing changed — in the page and in the background', () => {
  for (const [label, path, value] of REFUSED) {
    it(`[backup] ${label}`, async () => {
      const content = JSON.parse(JSON.stringify(sampleContent('bk'))) as Record<string, unknown>;
      (content.invoices as { number: string }[])[0]!.number = 'HERE-001';
      set(content, path, value);
      // Re-signed, so that the checksum is right and validation itself must refuse it.
      const read = await readBackup(await fileText(content as never));
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.code).toBe('invalid');
      expect(read.issues.some((i) => i.path.startsWith(String(path[0])))).toBe(true);
      // A compromised page skipping the check: the background refuses the same file whole.
      const { db, send } = await seeded();
      const before = await snapshot(db);
      const raw = { format: 'echeance-backup', version: 2, exportedAt: '2026-03-01T00:00:00Z', ...content };
      const answer = await restoreInChunks(send, raw as Backup, 'replace', `bad-${label}`);
      expect(answer.ok).toBe(false);
      expect(await snapshot(db)).toBe(before);
    });
  }

  for (const [label, value] of HOSTILE_STRINGS.filter(([l]) => l !== 'long' && l !== 'proto')) {
    it(`[backup] client name ${label}: restored clean`, async () => {
      const content = sampleContent('bk');
      content.clients[0]!.name = value;
      content.invoices[0]!.number = `X${value.slice(0, 60)}`;
      const read = await readBackup(await fileText(content));
      if (!read.ok) throw new Error(`${read.code} ${JSON.stringify(read.issues)}`);
      const { db, send } = await seeded();
      const answer = await restoreInChunks(send, read.backup, 'replace', 'clean');
      expect(answer.ok).toBe(true);
      for (const c of await db.clients.toArray()) expect(c.name).not.toMatch(UNSAFE_CHARS);
      for (const i of await db.invoices.toArray()) expect(i.number).not.toMatch(UNSAFE_CHARS);
    });
  }

  const FILES: readonly [string, () => Promise<string>, string][] = [
    ['not JSON', async () => 'hello', 'unreadable'],
    ['empty', async () => '', 'unreadable'],
    ['null', async () => 'null', 'not-backup'],
    ['array', async () => '[]', 'not-backup'],
    ['other format', async () => '{"format":"other","version":2}', 'not-backup'],
    ['version 0', async () => '{"format":"echeance-backup","version":0}', 'not-backup'],
    ['version -1', async () => '{"format":"echeance-backup","version":-1}', 'not-backup'],
    ['version 2.5', async () => '{"format":"echeance-backup","version":2.5}', 'not-backup'],
    ['version "2"', async () => '{"format":"echeance-backup","version":"2"}', 'not-backup'],
    ['version 3', async () => '{"format":"echeance-backup","version":3}', 'newer'],
    ['version 99', async () => '{"format":"echeance-backup","version":99,"clients":"x"}', 'newer'],
    [
      '__proto__ keys',
      async () => '{"__proto__":{"polluted":1},"format":"echeance-backup","version":2}',
      'checksum',
    ],
    [
      'checksum missing',
      async () => (await fileText(sampleContent())).replace(/,"checksum":"[^"]+"/, ''),
      'checksum',
    ],
    [
      'checksum of another file',
      async () => (await fileText(sampleContent())).replace(/sha256:[0-9a-f]{4}/, 'sha256:0000'),
      'checksum',
    ],
    ['content edited', async () => (await fileText(sampleContent())).replace('150000', '150001'), 'checksum'],
    [
      'row added',
      async () => (await fileText(sampleContent())).replace('"scenarios":[]', '"scenarios":[{"id":"s"}]'),
      'checksum',
    ],
    ['deeply nested', async () => `${'['.repeat(50_000)}${']'.repeat(50_000)}`, 'not-backup'],
  ];
  for (const [label, make, code] of FILES) {
    it(`[backup] file: ${label}`, async () => {
      const read = await readBackup(await make());
      expect(read).toMatchObject({ ok: false, code });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  const text = fileText(sampleContent());
  for (const cut of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.999]) {
    it(`[backup] file truncated at ${cut * 100} %`, async () => {
      const t = await text;
      expect((await readBackup(t.slice(0, Math.floor(t.length * cut)))).ok).toBe(false);
    });
  }

  it('[backup] file with a BOM is accepted', async () => {
    expect((await readBackup(`\uFEFF${await text}`)).ok).toBe(true);
  });

  it('[backup] writer and reader agree on every key order', async () => {
    const c = sampleContent();
    const shuffled = Object.fromEntries([...CONTENT_KEYS].reverse().map((k) => [k, c[k]]));
    const { parts } = await backupFile(shuffled as never, '2026-03-01T00:00:00.000Z');
    const read = await readBackup(parts.join(''));
    expect(read.ok && BackupSchema.parse(read.backup).invoices.length).toBe(2);
  });
});
