/**
 * Dates and amounts as banks write them. The order of day and month, and the decimal
 * separator, come from the profile (or the user's mapping): « 01/02/2026 » is never guessed.
 */
import { type IsoDate, IsoDateSchema } from '../model';

export type DecimalMark = ',' | '.';

/**
 * `15/03/2026`, `15-03-2026`, `15.03.26`, `2026-03-15`, `2026-03-15 10:32:11`,
 * `2026-03-15T10:32:11Z`, `20260315`. The year comes first or last, so the order is never in
 * doubt; the US month-first order is not used by any bank we read. The day written is kept:
 * no time-zone shift.
 */
export function parseBankDate(value: string): IsoDate | null {
  const s = value.trim();
  let y: string;
  let m: string;
  let d: string;
  const ymd = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:[ T].*|\d{6}.*)?$/.exec(s);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:[ T].*)?$/.exec(s);
  if (ymd) [, y, m, d] = ymd as unknown as [string, string, string, string];
  else if (dmy) {
    [, d, m, y] = dmy as unknown as [string, string, string, string];
    if (y.length === 2) y = `20${y}`;
  } else return null;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return IsoDateSchema.safeParse(iso).success ? iso : null;
}

/**
 * `1 234,56`, `-1234,56`, `+1.234,56`, `1234,56-`, `(54,20)`, `1,234.56 EUR`, `€12.5` →
 * signed cents. More than two decimals are accepted only when the extra ones are zeros
 * (`12.5000`). Null when it is not an amount.
 */
export function parseBankAmount(value: string, decimal: DecimalMark): number | null {
  let s = value.replace(/[\s\u00a0\u202f']/g, '').replace(/(€|EUR|USD|GBP|CHF|\$|£)/gi, '');
  if (s === '') return null;
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (/^[+-]/.test(s)) {
    negative = negative !== (s[0] === '-');
    s = s.slice(1);
  } else if (/-$/.test(s)) {
    negative = !negative;
    s = s.slice(0, -1);
  }
  const thousands = decimal === ',' ? '.' : ',';
  // A lone « , » in a dot-decimal file (or the reverse) followed by 1 or 2 digits is a decimal
  // mark all the same: some exports mix them (OFX from French banks, hand-edited files).
  if (!s.includes(decimal) && new RegExp(`\\${thousands}\\d{1,2}$`).test(s)) {
    s = s.replace(thousands, decimal);
  }
  const parts = s.split(decimal);
  if (parts.length > 2) return null;
  const intPart = parts[0]!.split(thousands).join('');
  let frac = parts[1] ?? '';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  if (frac.length > 2) {
    if (!/^0+$/.test(frac.slice(2))) return null;
    frac = frac.slice(0, 2);
  }
  const cents = Number(intPart) * 100 + Number(`${frac}00`.slice(0, 2));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}
