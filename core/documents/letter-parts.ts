/**
 * Blocks shared by the letters: parties, place and date, the invoices, courtesy, history,
 * payment, signature and enclosures. The amounts claimed are in amounts-table.ts.
 */

import type { Client, Identity, IsoDate, Language, PaymentSettings, SignatureImage } from '../model';
import { paymentBlock } from '../templates/payment';
import { type InvoiceClaim, sumOf } from './claims';
import { amount, longDate, numero, shortDate, siren } from './format';
import { type ReminderEntry, reminderLabel } from './history';
import type { Block, SignatureParty, TableRow } from './model';
import { partyLines, sameOrHolds } from './party';
import { signatureStamp } from './signature-stamp';

export function senderLines(identity: Identity, lang: Language): string[] {
  const trade = identity.tradeName.trim();
  const lines = partyLines(identity.name.trim() || trade, identity.address);
  // The trade name under the name, unless a line already carries it (party.ts).
  if (trade && !lines.some((l) => sameOrHolds(l, trade))) lines.splice(1, 0, trade);
  if (identity.siren.trim()) lines.push(`SIREN\u00a0${siren(identity.siren)}`);
  else if (identity.siret.trim()) lines.push(`SIRET\u00a0${identity.siret.trim()}`);
  if (identity.email.trim()) lines.push(identity.email.trim());
  if (identity.phone.trim())
    lines.push(lang === 'fr' ? `Tél. ${identity.phone.trim()}` : `Tel. ${identity.phone.trim()}`);
  return lines.filter(Boolean);
}

/** Only the postal address goes in the window; the SIREN is cited in the references line. */
export function recipientLines(client: Client): string[] {
  return partyLines(client.name, client.address);
}

export function letterhead(identity: Identity, client: Client, lang: Language): Block {
  return { kind: 'letterhead', sender: senderLines(identity, lang), recipient: recipientLines(client) };
}

/** « Fait à Lyon, le 2 avril 2026 » / "Lyon, 2 April 2026". */
export function placeDate(city: string, date: IsoDate, lang: Language): Block {
  const d = longDate(date, lang);
  const c = city.trim();
  const text = lang === 'fr' ? (c ? `Fait à ${c}, le ${d}` : `Le ${d}`) : c ? `${c}, ${d}` : d;
  return { kind: 'paragraph', text, align: 'right' };
}

export function invoicesTable(claims: readonly InvoiceClaim[], currency: string, lang: Language): Block {
  const fr = lang === 'fr';
  const rows: TableRow[] = claims.map(({ invoice, outstandingCents }) => ({
    cells: [
      numero(invoice.number, lang),
      invoice.issueDate ? shortDate(invoice.issueDate, lang) : '—',
      shortDate(invoice.dueDate, lang),
      amount(invoice.totalCents, currency, lang),
      amount(outstandingCents, currency, lang),
    ],
  }));
  if (claims.length > 1) {
    rows.push({
      cells: ['Total', '', '', '', amount(sumOf(claims, 'outstandingCents'), currency, lang)],
      total: true,
    });
  }
  return {
    kind: 'table',
    columns: [
      { header: fr ? 'Facture' : 'Invoice', width: 26 },
      { header: fr ? 'Émise le' : 'Issued', width: 18 },
      { header: fr ? 'Échéance' : 'Due date', width: 18 },
      // « Montant facturé »: right for VAT-exempt micro-entrepreneurs as for everyone else.
      { header: fr ? 'Montant facturé' : 'Amount invoiced', width: 20, align: 'right' },
      { header: fr ? 'Reste dû' : 'Still due', width: 20, align: 'right' },
    ],
    rows,
  };
}

/**
 * The salutation and closing agree (legal review): a named contact is greeted by name, and in
 * English the closing is then "Yours sincerely"; otherwise « Madame, Monsieur » / "Dear Sir or
 * Madam" and "Yours faithfully".
 */
export function courtesy(
  client: Pick<Client, 'contactFirstName'>,
  lang: Language,
): { salutation: string; closing: string } {
  const first = client.contactFirstName?.trim();
  if (lang === 'en')
    return first
      ? { salutation: `Dear ${first},`, closing: 'Yours sincerely,' }
      : { salutation: 'Dear Sir or Madam,', closing: 'Yours faithfully,' };
  return first
    ? { salutation: `Bonjour ${first},`, closing: 'Je vous prie d’agréer mes salutations distinguées.' }
    : {
        salutation: 'Madame, Monsieur,',
        closing: 'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
      };
}

export function historyTable(
  entries: readonly ReminderEntry[],
  lang: Language,
  asOf: IsoDate,
  withInvoices: boolean,
): Block {
  const fr = lang === 'fr';
  const columns = [
    { header: 'Date', width: 18 },
    { header: fr ? 'Relance' : 'Reminder', width: withInvoices ? 52 : 82 },
  ];
  if (withInvoices) columns.push({ header: fr ? 'Factures' : 'Invoices', width: 30 });
  const rows = entries.map((e) => ({
    cells: [
      shortDate(e.date, lang),
      reminderLabel(e, lang, asOf),
      ...(withInvoices ? [e.invoiceNumbers.join(', ')] : []),
    ],
  }));
  return { kind: 'table', columns, rows };
}

/** IBAN, BIC and the reference to quote; without an IBAN, to whom a cheque is made out. */
export function paymentFields(
  identity: Identity,
  claims: readonly InvoiceClaim[],
  lang: Language,
  payment?: PaymentSettings,
): Block {
  const fr = lang === 'fr';
  const currency = claims[0]?.invoice.currency ?? 'EUR';
  const block = paymentBlock(
    identity,
    payment,
    currency,
    claims.map((c) => c.invoice.number),
  );
  const rows: [string, string][] = [];
  if (block.iban) {
    rows.push([
      fr ? 'Virement bancaire' : 'Bank transfer',
      fr ? `au bénéfice de ${block.holder}` : `to ${block.holder}`,
    ]);
    rows.push(['IBAN', block.iban]);
    if (block.bic) rows.push(['BIC', block.bic]);
  } else {
    rows.push([
      fr ? 'Règlement' : 'Payment',
      fr ? `à l’ordre de ${block.holder}` : `payable to ${block.holder}`,
    ]);
  }
  rows.push([fr ? 'Référence à indiquer' : 'Reference to quote', block.reference]);
  if (block.link) rows.push([fr ? 'Paiement en ligne' : 'Pay online', block.link]);
  return { kind: 'fields', rows };
}

/** Who signs, from the settings: the identity's lines and the scanned signature image. */
export type Signer = { identity: Identity; signatureImage?: SignatureImage | null };

/**
 * The typed signature lines, and the scanned signature above them when the user gave one
 * (issue #20: on every letter). It takes the settings, not the identity alone, so no letter
 * can leave the image out by forgetting to pass it.
 */
export function signatureBlock({ identity, signatureImage: image }: Signer): Block {
  return { kind: 'signature', parties: [signerParty({ identity, signatureImage: image })] };
}

/** The user's party of a signature block (a payment plan or a bordereau has its own block). */
export function signerParty({ identity, signatureImage: image }: Signer): SignatureParty {
  const lines = identity.signature.trim()
    ? identity.signature
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : [identity.name.trim() || identity.tradeName.trim()];
  return { lines, ...(image ? { image: signatureStamp(image) } : {}) };
}

export function enclosuresBlocks(items: readonly string[], lang: Language): Block[] {
  if (items.length === 0) return [];
  return [
    {
      kind: 'paragraph',
      text: [{ text: lang === 'fr' ? 'Pièces jointes :' : 'Enclosures:', bold: true }],
      keepWithNext: true,
    },
    { kind: 'list', items: [...items] },
  ];
}

export function invoiceCopies(claims: readonly InvoiceClaim[], lang: Language): string[] {
  return claims.map(({ invoice }) => {
    const issued = invoice.issueDate
      ? lang === 'fr'
        ? ` du ${shortDate(invoice.issueDate, lang)}`
        : ` of ${shortDate(invoice.issueDate, lang)}`
      : '';
    return lang === 'fr'
      ? `Copie de la facture ${numero(invoice.number, lang)}${issued}`
      : `Copy of invoice ${numero(invoice.number, lang)}${issued}`;
  });
}
