/**
 * CFONB 120 « relevé de compte » statements: fixed records of 120 characters — 01 opening
 * balance, 04 movement, 05 complement of the movement above, 07 closing balance. French banks
 * deliver them to business accounts; it is the statement format LCL gives (see profiles.ts
 * for why LCL has no CSV profile).
 *
 * Positions (0-based, end excluded), from the importer of the Odoo Community Association,
 * github.com/OCA/l10n-france account_statement_import_fr_cfonb/wizard/account_statement_import.py,
 * and its sample tests/samples/cfonb_classic.cfo: record type 0–2, currency 16–19, number of
 * decimals 19–20, date 34–40 (DDMMYY), label 48–79, amount 90–104 whose last character
 * carries the sign and the last digit (« { A…I » credit 0–9, « } J…R » debit 0–9). In a 05
 * record, the complement's type is 45–48 and its text 48–118: LIB/LCC more label, NPY the
 * payer's name, RCN the payer's reference. Quirks the same importer handles and so do we: LCL
 * leaves currency and decimals blank (read as EUR and 2, OCA/l10n-france pull request 66) and
 * writes accented letters (Latin-1); some banks put no line breaks between records.
 */
import { oneLine } from './text';
import { type BankLine, type BankReadResult, bankError } from './types';

const WIDTH = 120;
const CREDIT = '{ABCDEFGHI';
const DEBIT = '}JKLMNOPQR';
/** The end-of-file mark (Ctrl-Z) some Windows tools still append. */
const DOS_EOF = String.fromCharCode(26);

/** The records, or null when the text is not CFONB 120. */
function recordsOf(text: string): string[] | null {
  // Records end in spaces that count: only line breaks (and a DOS end-of-file mark) go.
  const joined = text.replace(/\r?\n|\r/g, '');
  const flat = joined.endsWith(DOS_EOF) ? joined.slice(0, -1) : joined;
  if (flat.length === 0 || flat.length % WIDTH !== 0 || !flat.startsWith('01')) return null;
  const records: string[] = [];
  for (let i = 0; i < flat.length; i += WIDTH) records.push(flat.slice(i, i + WIDTH));
  return records.every((r) => /^0[1457]/.test(r)) ? records : null;
}

export function looksLikeCfonb(text: string): boolean {
  return recordsOf(text) !== null;
}

/** Signed cents from the 14-character amount, or null. */
function amountOf(field: string, decimals: number): number | null {
  const last = field.at(-1) ?? '';
  const credit = CREDIT.indexOf(last);
  const debit = DEBIT.indexOf(last);
  if ((credit < 0 && debit < 0) || !/^\d{13}$/.test(field.slice(0, -1))) return null;
  const units = Number(field.slice(0, -1) + String(credit >= 0 ? credit : debit));
  const cents = decimals >= 2 ? Math.round(units / 10 ** (decimals - 2)) : units * 10 ** (2 - decimals);
  return credit >= 0 ? cents : -cents;
}

/** DDMMYY → YYYY-MM-DD (20YY), or null when it is no calendar day. */
function dateOf(field: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(field);
  if (!m) return null;
  const iso = `20${m[3]}-${m[2]}-${m[1]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function readCfonb(text: string): BankReadResult {
  const records = recordsOf(text);
  if (!records) return { ok: false, error: bankError('malformed', 'fichier CFONB illisible') };
  const lines: BankLine[] = [];
  let opened = false;
  for (const [i, r] of records.entries()) {
    const row = i + 1;
    const type = r.slice(0, 2);
    if (type === '01') opened = true;
    else if (!opened) return malformed(row, 'un mouvement avant le solde d’ouverture (enregistrement 01)');
    if (type === '05') {
      const line = lines.at(-1);
      if (!line) return malformed(row, 'un complément (05) sans mouvement (04) avant lui');
      const kind = r.slice(45, 48);
      const info = oneLine(r.slice(48, 118));
      if (!info) continue;
      if (kind === 'NPY') line.counterparty = info;
      else if (kind === 'RCN') line.reference = info;
      else if (kind === 'LIB' || kind === 'LCC' || kind === '   ') {
        if (!line.label.includes(info)) line.label = `${line.label} ${info}`.trim();
      }
      continue;
    }
    if (type !== '04') continue;
    const date = dateOf(r.slice(34, 40));
    if (!date) return fail('bad-date', row, 'date', r.slice(34, 40));
    const decimals = r[19] === ' ' ? 2 : Number(r[19]);
    const cents = Number.isInteger(decimals) ? amountOf(r.slice(90, 104), decimals) : null;
    if (cents === null) return fail('bad-amount', row, 'montant', r.slice(90, 104));
    const currency = r.slice(16, 19);
    lines.push({
      row,
      date,
      amountCents: cents,
      currency: /^[A-Z]{3}$/.test(currency) ? currency : 'EUR',
      label: oneLine(r.slice(48, 79)),
      counterparty: null,
      reference: null,
      source: 'cfonb',
    });
  }
  return {
    ok: true,
    format: 'cfonb',
    formatName: 'CFONB 120',
    lines: lines.filter((l) => l.amountCents !== 0),
  };
}

function malformed(row: number, what: string): BankReadResult {
  return { ok: false, error: bankError('malformed', `enregistrement ${row} : ${what}`, { row }) };
}

function fail(code: 'bad-date' | 'bad-amount', row: number, field: string, value: string): BankReadResult {
  const what = code === 'bad-date' ? 'date illisible' : 'montant illisible';
  return {
    ok: false,
    error: bankError(code, `enregistrement ${row}, ${field} : ${what} (« ${value.trim()} »)`, {
      row,
      field,
      value: value.trim(),
    }),
  };
}
