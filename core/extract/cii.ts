/**
 * UN/CEFACT CII: Factur-X, ZUGFeRD 2.x and XRechnung (D16B, root CrossIndustryInvoice) and
 * ZUGFeRD 1.0 (D13B-like, root CrossIndustryDocument), whose element names differ but whose
 * shape is the same. Paths: ../shared/reference/einvoice.md §2.7 and legal-fr.md §5.4.
 */

import { parseDate } from '../dates';
import type { ExtractionFormat, ExtractionResult } from './errors';
import { EMPTY_EXTRACTION, type ExtractedInvoice } from './types';
import { CREDIT_NOTE_CODES, fromNotes, joinText, partyAddress } from './xml-common';
import { all, decimalToCents, first, type Step, textAt, type XmlElement } from './xml-dom';

type Flavour = 'd16b' | 'zugferd1';

const NAMES = {
  d16b: {
    context: 'ExchangedDocumentContext',
    header: 'ExchangedDocument',
    transaction: 'SupplyChainTradeTransaction',
    agreement: 'ApplicableHeaderTradeAgreement',
    settlement: 'ApplicableHeaderTradeSettlement',
    summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
  },
  zugferd1: {
    context: 'SpecifiedExchangedDocumentContext',
    header: 'HeaderExchangedDocument',
    transaction: 'SpecifiedSupplyChainTradeTransaction',
    agreement: 'ApplicableSupplyChainTradeAgreement',
    settlement: 'ApplicableSupplyChainTradeSettlement',
    summation: 'SpecifiedTradeSettlementMonetarySummation',
  },
} as const;

/** Which family a CII document belongs to, from its guideline URN (BT-24). */
export function ciiFormat(guideline: string | null): ExtractionFormat {
  if (guideline && /factur-x/i.test(guideline)) return 'facturx';
  if (guideline && /zugferd|urn:ferd:/i.test(guideline)) return 'zugferd';
  return 'cii';
}

export function readCii(root: XmlElement, flavour: Flavour, hint?: 'facturx' | 'zugferd'): ExtractionResult {
  const n = NAMES[flavour];
  const guideline = textAt(root, n.context, 'GuidelineSpecifiedDocumentContextParameter', 'ID');
  const fromGuideline = flavour === 'zugferd1' ? 'zugferd' : ciiFormat(guideline);
  const source = fromGuideline === 'cii' && hint ? hint : fromGuideline;
  const header = first(root, n.header);
  const transaction = first(root, n.transaction);
  const agreement = first(transaction, n.agreement);
  const settlement = first(transaction, n.settlement);
  const summation = first(settlement, n.summation);
  const seller = first(agreement, 'SellerTradeParty');
  const buyer = first(agreement, 'BuyerTradeParty');
  const terms = all(settlement, 'SpecifiedTradePaymentTerms');
  const typeCode = textAt(header, 'TypeCode');
  const currency = textAt(settlement, 'InvoiceCurrencyCode');
  const notes = all(header, 'IncludedNote').map((note) => ({
    subject: textAt(note, 'SubjectCode'),
    content: textAt(note, 'Content'),
  }));
  const termsText = joinText(terms.map((t) => textAt(t, 'Description')));
  const clauses = fromNotes(notes, termsText);

  const put = <T>(value: T | null) => (value === null ? null : { value, source });
  const invoice: ExtractedInvoice = {
    ...EMPTY_EXTRACTION,
    documentType: put(typeCode ? (CREDIT_NOTE_CODES.has(typeCode) ? 'credit_note' : 'invoice') : null),
    number: put(textAt(header, 'ID')),
    issueDate: put(ciiDate(first(header, 'IssueDateTime', 'DateTimeString'))),
    dueDate: put(firstOf(terms.map((t) => ciiDate(first(t, 'DueDateDateTime', 'DateTimeString'))))),
    paymentTerms: put(termsText),
    totalCents: put(amountIn(summation, 'GrandTotalAmount', currency)),
    amountDueCents: put(amountIn(summation, 'DuePayableAmount', currency)),
    currency: put(currency ?? first(summation, 'GrandTotalAmount')?.getAttribute('currencyID') ?? null),
    sellerName: put(textAt(seller, 'Name')),
    sellerId: put(partyId(seller)),
    buyerName: put(textAt(buyer, 'Name')),
    buyerEmail: put(buyerEmail(buyer)),
    buyerId: put(partyId(buyer)),
    buyerAddress: put(ciiAddress(first(buyer, 'PostalTradeAddress'))),
    penaltyClause: put(clauses.penalty?.clause ?? null),
    penaltyRatePercent: put(clauses.penalty?.ratePercent ?? null),
    contractualRate: put(clauses.penalty?.rate ?? null),
    mentionsIndemnity: put(clauses.indemnity),
  };
  return { ok: true, invoice, format: source };
}

function firstOf<T>(values: (T | null)[]): T | null {
  return values.find((v) => v !== null) ?? null;
}

/** `udt:DateTimeString format="102"` is YYYYMMDD; other formats (months, weeks) are no due date. */
function ciiDate(el: XmlElement | null): string | null {
  const raw = el?.textContent?.trim() ?? '';
  const format = el?.getAttribute('format');
  if (format && format !== '102') return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  return m ? parseDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** The amount in the invoice currency: EXTENDED may repeat a total in the VAT currency. */
function amountIn(summation: XmlElement | null, name: Step, currency: string | null): number | null {
  const amounts = all(summation, name);
  const inCurrency = amounts.find((a) => {
    const id = a.getAttribute('currencyID');
    return !id || !currency || id === currency;
  });
  return decimalToCents((inCurrency ?? amounts[0])?.textContent ?? null);
}

/** SIREN (legal registration, BT-30/47) first, then the VAT number (BT-31/48). */
function partyId(party: XmlElement | null): string | null {
  const legal = textAt(party, 'SpecifiedLegalOrganization', 'ID');
  if (legal) return legal;
  const registrations = all(party, 'SpecifiedTaxRegistration', 'ID');
  const vat = registrations.find((r) => r.getAttribute('schemeID') === 'VA') ?? registrations[0];
  return vat?.textContent?.trim() || null;
}

/** BT-49 electronic address when it is an email (scheme EM), else the contact's email. */
function buyerEmail(buyer: XmlElement | null): string | null {
  const endpoints = all(buyer, 'URIUniversalCommunication', 'URIID');
  const em = endpoints.find((e) => e.getAttribute('schemeID') === 'EM')?.textContent?.trim();
  const contact = textAt(buyer, 'DefinedTradeContact', 'EmailURIUniversalCommunication', 'URIID');
  return [em, contact].find((e): e is string => Boolean(e?.includes('@'))) ?? null;
}

function ciiAddress(address: XmlElement | null): string | null {
  return partyAddress(
    ['LineOne', 'LineTwo', 'LineThree'].map((l) => textAt(address, l)),
    textAt(address, 'PostcodeCode'),
    textAt(address, 'CityName'),
    textAt(address, 'CountryID'),
  );
}
