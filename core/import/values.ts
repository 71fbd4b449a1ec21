/**
 * Cells as invoicing tools and spreadsheets write them. Dates: `YYYY-MM-DD`, `DD/MM/YYYY`
 * (also `-` and `.`), `DD/MM/YY` (20YY), « 5 mars 2026 » / « 5 March 2026 », each possibly
 * followed by a time (« 2026-03-05 00:00:00 », « 05/03/2026 14:30 »), and what a spreadsheet
 * stores. Kinds of client: a SIREN or a legal form in the name says « pro ».
 */
import { isCalendarDate, parseDate } from '../dates';
import { monthNumber } from '../extract/text-dates';
import type { ClientKind, IsoDate } from '../model';

const TIME = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SHORT_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/;
const LONG = /^(\d{1,2})(?:er)?\.?\s+(\p{L}{3,9}\.?)\s+(\d{4})$/u;

function iso(y: number, m: number, d: number): IsoDate | null {
  return isCalendarDate(y, m, d) ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;
}

export function readDate(cell: string): IsoDate | null {
  // The contract's forms first: a 10,000-row file checks two dates a row.
  const plain = parseDate(cell);
  if (plain) return plain;
  const s = cell.trim().replace(TIME, '').trim();
  if (s !== cell.trim()) {
    const withoutTime = parseDate(s);
    if (withoutTime) return withoutTime;
  }
  let m = SHORT_YEAR.exec(s);
  if (m) return iso(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
  m = LONG.exec(s.replace(/\s+/g, ' '));
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  return null;
}

/** Legal forms of French (and a few foreign) companies, as words of the name. */
const LEGAL_FORM =
  /(^|[\s(.,-])(sas|sasu|sarl|eurl|sa|sci|snc|scop|scp|scic|selarl|selas|selafa|sel|gie|eirl|ei|sem|spl|ltd|llc|inc|gmbh|bv|nv|plc|srl|sl)($|[\s).,-])/i;
const PUBLIC =
  /\b(mairie|commune|ville de|departement|region|ministere|prefecture|conseil (departemental|regional)|communaute (de communes|d agglomeration)|metropole|hopital|chu|universite|lycee|college)\b/;

/**
 * The kind of a client when the file does not say it: a SIREN, a legal form or « association »
 * in the name → pro; a public body → public; else unknown (the preview asks once per client).
 */
export function guessClientKind(name: string, siren: string | null): ClientKind | null {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    // « S.A.R.L. » → « sarl. »
    .replace(/\b([a-z])\.(?=[a-z]\b)/g, '$1');
  if (PUBLIC.test(folded)) return 'public';
  if (siren) return 'pro';
  if (LEGAL_FORM.test(folded) || /\b(association|societe|cabinet|agence)\b/.test(folded)) return 'pro';
  return null;
}

/**
 * A `type_client` cell: the contract's `pro|particulier` only (ARCHITECTURE.md; « entreprise »
 * stays an error naming the row, as it always was). A public client is set in the client editor.
 */
export function readKind(cell: string): ClientKind | null | 'bad' {
  const s = cell.trim().toLowerCase();
  if (s === '') return null;
  return s === 'pro' || s === 'particulier' ? s : 'bad';
}
