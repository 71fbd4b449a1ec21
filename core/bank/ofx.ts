/**
 * OFX / QFX statements (SGML 1.x or XML 2.x) through ofx-data-extractor, in strict mode so
 * a broken file is refused rather than half read. Pure string in, no Node or DOM API, so
 * the same code runs in the CLI and in the dashboard.
 */
import { Ofx } from 'ofx-data-extractor';
import { IsoDateSchema } from '../model';
import { oneLine } from './text';
import { type BankLine, type BankReadResult, bankError } from './types';
import { parseBankAmount } from './values';

export function looksLikeOfx(text: string): boolean {
  return /^\s*(OFXHEADER\s*:|<\?xml[^>]*>\s*<\?OFX|<OFX>)/i.test(text.slice(0, 2000));
}

export function readOfx(text: string): BankReadResult {
  let transactions: ReturnType<Ofx['toNormalized']>['transactions'];
  try {
    transactions = new Ofx(text, { parserMode: 'strict' }).toNormalized({ dateMode: 'raw' }).transactions;
  } catch (e) {
    return { ok: false, error: bankError('malformed', `fichier OFX illisible : ${(e as Error).message}`) };
  }
  const lines: BankLine[] = [];
  for (const [i, t] of transactions.entries()) {
    const row = i + 1;
    const raw = t.raw as Record<string, string | undefined>;
    const date = String(t.postedAt ?? '').slice(0, 10);
    if (!IsoDateSchema.safeParse(date).success) {
      return fail('bad-date', row, 'DTPOSTED', String(raw.DTPOSTED ?? ''));
    }
    // TRNAMT is read by us: the library's number goes through floating point.
    const cents = parseBankAmount(String(raw.TRNAMT ?? ''), '.');
    if (cents === null) return fail('bad-amount', row, 'TRNAMT', String(raw.TRNAMT ?? ''));
    if (cents === 0) continue;
    const name = oneLine(raw.NAME ?? raw.PAYEE ?? '');
    const memo = oneLine(raw.MEMO ?? '');
    lines.push({
      row,
      date,
      amountCents: cents,
      currency: /^[A-Z]{3}$/.test(t.currency ?? '') ? t.currency! : 'EUR',
      label: [name, memo].filter(Boolean).join(' · '),
      counterparty: null,
      reference: oneLine(raw.REFNUM ?? '') || null,
      source: 'ofx',
    });
  }
  return { ok: true, format: 'ofx', formatName: 'OFX', lines };
}

function fail(code: 'bad-date' | 'bad-amount', row: number, field: string, value: string): BankReadResult {
  const what = code === 'bad-date' ? 'date illisible' : 'montant illisible';
  return {
    ok: false,
    error: bankError(code, `opération ${row}, champ ${field} : ${what} (« ${value} »)`, {
      row,
      field,
      value,
    }),
  };
}
