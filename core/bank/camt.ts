/**
 * CAMT.053 (ISO 20022 « BankToCustomerStatement », versions 02 to 13) with an injected
 * DOMParser: the browser's in the extension, @xmldom/xmldom in Node. Only booked entries
 * count; a batch whose transactions are detailed becomes one line per transaction (each with
 * its own payer and remittance information), else the entry is one line.
 *
 * Element names from the ISO 20022 message definition camt.053.001.xx (Ntry, Amt/@Ccy,
 * CdtDtInd, Sts or Sts/Cd, BookgDt/Dt|DtTm, NtryDtls/TxDtls, RltdPties/Dbtr[/Pty]/Nm,
 * RmtInf/Ustrd, RmtInf/Strd/CdtrRefInf/Ref, Refs/EndToEndId, AddtlNtryInf), as read by
 * open-source importers such as github.com/OCA/bank-statement-import
 * (account_statement_import_camt/models/parser.py).
 */
import { all, first, type XmlElement, type XmlParser } from '../extract/xml-dom';
import { oneLine } from './text';
import { type BankLine, type BankReadResult, bankError } from './types';
import { parseBankAmount, parseBankDate } from './values';

export function looksLikeCamt053(text: string): boolean {
  return /BkToCstmrStmt|camt\.053/.test(text.slice(0, 5000));
}

const text = (el: XmlElement | null) => oneLine(el?.textContent ?? '');

export function readCamt053(xml: string, parser: XmlParser): BankReadResult {
  let root: XmlElement | null;
  try {
    root = parser.parseFromString(xml, 'application/xml').documentElement;
  } catch (e) {
    return { ok: false, error: bankError('malformed', `XML illisible : ${(e as Error).message}`) };
  }
  // A browser DOMParser reports errors as a <parsererror> document instead of throwing.
  if (!root || root.localName === 'parsererror' || all(root, 'parsererror').length > 0) {
    return { ok: false, error: bankError('malformed', 'XML illisible') };
  }
  const statement = first(root, 'BkToCstmrStmt');
  if (root.localName !== 'Document' || !statement) {
    return { ok: false, error: bankError('unknown-format', 'ce fichier XML n’est pas un relevé CAMT.053') };
  }
  const lines: BankLine[] = [];
  let row = 0;
  for (const stmt of all(statement, 'Stmt')) {
    for (const entry of all(stmt, 'Ntry')) {
      row++;
      const status = text(first(entry, 'Sts', 'Cd')) || text(first(entry, 'Sts'));
      if (status !== '' && status !== 'BOOK') continue;
      const amountEl = first(entry, 'Amt');
      const cents = parseBankAmount(text(amountEl), '.');
      if (cents === null) return fail('bad-amount', row, 'Amt', text(amountEl));
      const dateText = text(first(entry, 'BookgDt', 'Dt')) || text(first(entry, 'BookgDt', 'DtTm'));
      const date = parseBankDate(dateText);
      if (!date) return fail('bad-date', row, 'BookgDt', dateText);
      const sign = text(first(entry, 'CdtDbtInd')) === 'DBIT' ? -1 : 1;
      const currency = amountEl?.getAttribute('Ccy') ?? 'EUR';
      const details = all(entry, 'NtryDtls', 'TxDtls');
      const entryInfo = text(first(entry, 'AddtlNtryInf'));
      // Each detailed transaction of a batch has its own amount; a single one shares the entry's.
      const parts = details.length > 1 ? details : [details[0] ?? null];
      for (const tx of parts) {
        const txAmount = details.length > 1 ? parseBankAmount(text(first(tx, 'Amt')), '.') : cents;
        if (txAmount === null) return fail('bad-amount', row, 'TxDtls/Amt', text(first(tx, 'Amt')));
        lines.push(lineOf(tx, { row, date, cents: sign * txAmount, currency, entryInfo }));
      }
    }
  }
  return { ok: true, format: 'camt053', formatName: 'CAMT.053', lines };
}

function lineOf(
  tx: XmlElement | null,
  e: { row: number; date: string; cents: number; currency: string; entryInfo: string },
): BankLine {
  const party = e.cents > 0 ? 'Dbtr' : 'Cdtr';
  const name = text(first(tx, 'RltdPties', party, 'Nm')) || text(first(tx, 'RltdPties', party, 'Pty', 'Nm'));
  const unstructured = all(tx, 'RmtInf', 'Ustrd').map(text).filter(Boolean).join(' ');
  const structured = text(first(tx, 'RmtInf', 'Strd', 'CdtrRefInf', 'Ref'));
  const endToEnd = text(first(tx, 'Refs', 'EndToEndId'));
  const reference = structured || (endToEnd && endToEnd !== 'NOTPROVIDED' ? endToEnd : '');
  return {
    row: e.row,
    date: e.date,
    amountCents: e.cents,
    currency: /^[A-Z]{3}$/.test(e.currency) ? e.currency : 'EUR',
    label: oneLine([unstructured, e.entryInfo].filter(Boolean).join(' · ')) || name,
    counterparty: name || null,
    reference: reference || null,
    source: 'camt053',
  };
}

function fail(code: 'bad-date' | 'bad-amount', row: number, field: string, value: string): BankReadResult {
  const what = code === 'bad-date' ? 'date illisible' : 'montant illisible';
  return {
    ok: false,
    error: bankError(code, `écriture ${row}, élément ${field} : ${what} (« ${value} »)`, {
      row,
      field,
      value,
    }),
  };
}
