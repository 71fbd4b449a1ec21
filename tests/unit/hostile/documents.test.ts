/**
 * The documents class: hostile client and invoice text — as the database holds it, i.e. after
 * the model's schemas — flowing into what Échéance writes for the user: reminder e-mails,
 * PDF letters and their file names, the CSV export and the calendar file. Each must carry the
 * text as inert data: no line break in an e-mail subject (header injection), no control or
 * bidi character anywhere (a file name that reads backwards), markup as literal text, a
 * spreadsheet formula neutralised and read back exactly, no calendar line injected.
 */
import { describe, expect, it } from 'vitest';
import { buildFormalNoticePdf, buildReminderLetterPdf } from '../../../core/documents';
import { buildIcs, casesOf, invoicesToCsv } from '../../../core/export';
import { parseInvoiceCsv } from '../../../core/import/csv';
import { type Client, ClientSchema, type Invoice, InvoiceSchema } from '../../../core/model';
import { renderReminder } from '../../../core/templates';
import * as S from '../../fixtures/documents/samples';
import { pdfText } from '../documents/pdf-text';
import { HOSTILE_STRINGS, UNSAFE_CHARS } from './harness';

const EXTRA: readonly [string, string][] = [
  ['RTL override in a number', 'F-\u202E1002-6202'],
  ['zero-width and BOM', 'Ac\u200Bme\uFEFF SAS'],
  ['formula +cmd', "+cmd|' /C calc'!A0"],
  ['formula -', '-2+3+cmd|A1'],
  ['formula @', '@SUM(A1:A9)'],
  ['formula after tab', '\t=1+1'],
  ['formula DDE', "=cmd|' /C notepad'!A1"],
  ['phone-like', '+33 (0)6 12 34 56 78'],
  ['ICS injection', 'Acme\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:pwned'],
  ['semicolon and quote', 'Acme; "SAS"'],
  ['backslash path', '..\\..\\Windows\\evil'],
  ['slash path', '../../etc/passwd'],
  ['huge 300', 'B'.repeat(300)],
];
const ALL = [...HOSTILE_STRINGS, ...EXTRA];

/**
 * The client and invoice as stored: through the schemas every write goes through. `raw`
 * skips them — the renderers must hold on their own too (defence in depth).
 */
function stored(value: string, raw = false): { client: Client; invoice: Invoice } {
  if (raw) return { client: { ...S.acme, name: value }, invoice: { ...S.acmeInvoice, number: value } };
  const name = ClientSchema.shape.name.safeParse(value).success ? value : value.slice(0, 300);
  const client = { ...S.acme, ...ClientSchema.parse({ ...S.acme, name }) };
  const number = InvoiceSchema.shape.number.safeParse(value).success ? value : value.slice(0, 100);
  const invoice = InvoiceSchema.parse({ ...S.acmeInvoice, number });
  return { client, invoice };
}

const input = (v: string, raw = false) => {
  const { client, invoice } = stored(v, raw);
  return { ...S.acmeInput, client, invoices: [invoice], events: S.acmeEvents.map((e) => ({ ...e })) };
};

const BOTH = [false, true].flatMap((raw) => ALL.map(([label, value]) => [label, value, raw] as const));
const named = (label: string, raw: boolean) => (raw ? `${label} (not through the schemas)` : label);

describe('hostile text in reminder e-mails', () => {
  for (const [label, value, raw] of BOTH) {
    it(`[documents] e-mail: ${named(label, raw)}`, () => {
      const { client, invoice } = stored(value, raw);
      for (const lang of ['fr', 'en'] as const) {
        const mail = renderReminder({
          lang,
          addressing: 'vous',
          action: 'email',
          tone: 'firm',
          client,
          invoices: [{ invoice, events: [] }],
          settings: S.settings,
          now: '2026-04-02',
        });
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.subject).not.toMatch(UNSAFE_CHARS);
        expect(mail.body).not.toMatch(UNSAFE_CHARS);
        // Subjects stay one header line (RFC 5322 §2.1.1: at most 998 characters) for stored names.
        if (!raw) expect(mail.subject.length).toBeLessThanOrEqual(998);
        if (label === 'markup') expect(mail.body).toContain('<img src=x');
      }
    });
  }
});

describe('hostile text in PDF letters', () => {
  for (const [label, value, raw] of BOTH) {
    it(`[documents] letter PDF and file name: ${named(label, raw)}`, () => {
      for (const build of [buildReminderLetterPdf, buildFormalNoticePdf]) {
        const file = build(input(value, raw));
        expect(file.fileName).toMatch(/^[A-Za-z0-9._-]+\.pdf$/);
        expect(file.fileName.length).toBeLessThanOrEqual(200);
        expect(file.fileName).not.toContain('..');
        // pdftotext separates pages with a form feed: that one is its own.
        const text = pdfText(file.bytes).replace(/\f/g, '\n');
        expect(text).not.toMatch(UNSAFE_CHARS);
        if (label === 'markup') expect(text).toContain('<img src=x');
      }
    });
  }
});

describe('hostile text in the CSV export', () => {
  for (const [label, value] of ALL) {
    it(`[documents] CSV export reads back exactly: ${label}`, () => {
      const { client, invoice } = stored(value);
      const csv = invoicesToCsv([{ client, invoice }]);
      // No cell a spreadsheet would run: every cell starting like a formula is neutralised.
      const cells =
        csv
          .replace(/^\uFEFF/, '')
          .split('\r\n')[1]
          ?.split(';') ?? [];
      for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=@]|^[+-].*[A-Za-z(]/);
      const back = parseInvoiceCsv(csv);
      if (!back.ok) throw new Error(back.error);
      const row = back.rows[0];
      expect(row?.problems ?? []).toEqual([]);
      expect(row?.item?.clientName).toBe(client.name);
      expect(row?.item?.number).toBe(invoice.number);
    });
  }
});

describe('hostile text in the calendar export', () => {
  const calendar = (value: string, raw = false) => {
    const { client, invoice } = stored(value, raw);
    return buildIcs(
      casesOf({
        invoices: [{ ...invoice, status: 'open', nextActionDate: '2026-04-05' }],
        clients: [client],
        events: [],
        scenarios: [],
        settings: { defaultScenarioId: S.settings.defaultScenarioId },
      }),
      { today: '2026-04-02', generatedAt: '2026-04-02T08:00:00Z', lang: 'fr' },
    );
  };
  const events = (ics: string) => ics.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length;
  const plain = events(calendar('Acme SAS'));
  for (const [label, value, raw] of BOTH) {
    it(`[documents] ICS has the same events as for a plain name: ${named(label, raw)}`, () => {
      const ics = calendar(value, raw);
      expect(plain).toBeGreaterThan(0);
      // Unfolded content lines (RFC 5545 §3.1): each is NAME[;params]:value, none injected.
      const lines = ics
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter(Boolean);
      for (const line of lines) expect(line).toMatch(/^[A-Z-]+[;:]/);
      expect(events(ics)).toBe(plain);
      expect(lines.some((l) => l.startsWith('SUMMARY:pwned'))).toBe(false);
      expect(ics).not.toMatch(UNSAFE_CHARS);
    });
  }
});
