/**
 * UBL 2.1 Invoice and CreditNote (EN 16931 syntax binding, PEPPOL BIS 3, French CTC extended).
 */
import { parseDate } from '../dates';
import type { ExtractionResult } from './errors';
import { EMPTY_EXTRACTION, type ExtractedInvoice } from './types';
import { CREDIT_NOTE_CODES, fromNotes, joinText, type Note, partyAddress } from './xml-common';
import { all, decimalToCents, first, textAt, type XmlElement } from './xml-dom';

export function readUbl(root: XmlElement): ExtractionResult {
  const isCreditNote = root.localName === 'CreditNote';
  const typeCode = textAt(root, isCreditNote ? 'CreditNoteTypeCode' : 'InvoiceTypeCode');
  const seller = first(root, 'AccountingSupplierParty', 'Party');
  const buyer = first(root, 'AccountingCustomerParty', 'Party');
  const totals = first(root, 'LegalMonetaryTotal');
  const currency = textAt(root, 'DocumentCurrencyCode');
  const termsText = joinText(all(root, 'PaymentTerms', 'Note').map((n) => textAt(n)));
  const clauses = fromNotes(all(root, 'Note').map(codedNote), termsText);

  const put = <T>(value: T | null) => (value === null ? null : { value, source: 'ubl' as const });
  const invoice: ExtractedInvoice = {
    ...EMPTY_EXTRACTION,
    documentType: put(
      isCreditNote || (typeCode && CREDIT_NOTE_CODES.has(typeCode)) ? 'credit_note' : 'invoice',
    ),
    number: put(textAt(root, 'ID')),
    issueDate: put(ublDate(textAt(root, 'IssueDate'))),
    // A credit note has no BT-9 element of its own; UBL puts its due date on the payment means.
    dueDate: put(ublDate(textAt(root, 'DueDate') ?? textAt(root, 'PaymentMeans', 'PaymentDueDate'))),
    paymentTerms: put(termsText),
    totalCents: put(decimalToCents(textAt(totals, 'TaxInclusiveAmount'))),
    amountDueCents: put(decimalToCents(textAt(totals, 'PayableAmount'))),
    currency: put(currency ?? first(totals, 'TaxInclusiveAmount')?.getAttribute('currencyID') ?? null),
    sellerName: put(partyName(seller)),
    sellerId: put(partyId(seller)),
    buyerName: put(partyName(buyer)),
    buyerEmail: put(buyerEmail(buyer)),
    buyerId: put(partyId(buyer)),
    buyerAddress: put(ublAddress(first(buyer, 'PostalAddress'))),
    penaltyClause: put(clauses.penalty?.clause ?? null),
    penaltyRatePercent: put(clauses.penalty?.ratePercent ?? null),
    contractualRate: put(clauses.penalty?.rate ?? null),
    mentionsIndemnity: put(clauses.indemnity),
  };
  return { ok: true, invoice, format: 'ubl' };
}

function ublDate(raw: string | null): string | null {
  return raw ? parseDate(raw.slice(0, 10)) : null;
}

/** French CTC notes carry their subject code as a prefix: `#PMD#Tout retard…`. */
function codedNote(el: XmlElement): Note {
  const raw = textAt(el) ?? '';
  const m = /^#([A-Z]{3})#\s*(.*)$/s.exec(raw);
  return m ? { subject: m[1]!, content: m[2]! || null } : { subject: null, content: raw || null };
}

/** Legal name (BT-27/44) first, then the trading name. */
function partyName(party: XmlElement | null): string | null {
  return textAt(party, 'PartyLegalEntity', 'RegistrationName') ?? textAt(party, 'PartyName', 'Name');
}

/** Legal registration (SIREN, BT-30/47) first, then the VAT number (BT-31/48). */
function partyId(party: XmlElement | null): string | null {
  const legal = textAt(party, 'PartyLegalEntity', 'CompanyID');
  if (legal) return legal;
  const schemes = all(party, 'PartyTaxScheme');
  const vat = schemes.find((s) => textAt(s, 'TaxScheme', 'ID') === 'VAT') ?? schemes[0];
  return textAt(vat ?? null, 'CompanyID');
}

/** EndpointID is an email only with scheme EM (elsewhere it is a GLN or a VAT number). */
function buyerEmail(buyer: XmlElement | null): string | null {
  const endpoint = first(buyer, 'EndpointID');
  const em = endpoint?.getAttribute('schemeID') === 'EM' ? textAt(endpoint) : null;
  const contact = textAt(buyer, 'Contact', 'ElectronicMail');
  return [em, contact].find((e): e is string => Boolean(e?.includes('@'))) ?? null;
}

function ublAddress(address: XmlElement | null): string | null {
  return partyAddress(
    [
      textAt(address, 'StreetName'),
      textAt(address, 'AdditionalStreetName'),
      ...all(address, 'AddressLine', 'Line').map((l) => textAt(l)),
    ],
    textAt(address, 'PostalZone'),
    textAt(address, 'CityName'),
    textAt(address, 'Country', 'IdentificationCode'),
  );
}
