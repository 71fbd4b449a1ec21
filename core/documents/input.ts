/**
 * What every document is built from: plain data handed in by the caller (no database, no
 * clock). `asOf` is the day the document is dated; events after it are ignored.
 */
import type { Client, Invoice, InvoiceEvent, IsoDate, Language, Settings } from '../model';

export type DocumentSettings = Pick<
  Settings,
  'identity' | 'formalNoticeDelayDays' | 'defaultContractualRatePercent' | 'rateOverrides'
> &
  // The payment block's accounts and link; without them, the identity's IBAN.
  Partial<Pick<Settings, 'payment'>> &
  // The user as a creditor; absent: neither trader nor artisan.
  Partial<Pick<Settings, 'creditorStatus'>> &
  // The scanned signature printed above the name; absent: the typed lines only.
  Partial<Pick<Settings, 'signatureImage'>> &
  // What the user's invoices print; the VAT franchise goes on the penalty invoice.
  Partial<Pick<Settings, 'mentionDefaults'>>;

export interface DocumentInput {
  client: Client;
  /** One or more invoices of this client: one letter covers them all. */
  invoices: readonly Invoice[];
  /** Events of these invoices (events of other invoices are ignored). */
  events: readonly InvoiceEvent[];
  settings: DocumentSettings;
  asOf: IsoDate;
  /** Defaults to the client's language. */
  lang?: Language;
  /** Further enclosures, e.g. « Copie du devis signé du 12/01/2026 ». */
  enclosures?: readonly string[];
  /**
   * « Réclamer aussi les pénalités légales »: a pro debtor owes penalties and the 40 € even when
   * the invoice did not state them (Cass. com. 3 mars 2009, n° 07-16.527). Off by default in letters, on in the kit.
   */
  claimLegalPenalties?: boolean;
}

export type DocumentErrorCode =
  | 'no-invoices'
  | 'other-client'
  | 'mixed-currencies'
  | 'proceedings'
  | 'no-proceedings'
  | 'plan-total-mismatch'
  | 'plan-empty'
  | 'over-small-claims-limit'
  | 'route-not-available'
  // A letter with no sender or no recipient address (issue #19): core/documents/requirements.ts.
  | 'missing-parties';

/** A document that must not be produced (the law forbids it, or the input contradicts itself). */
export class DocumentError extends Error {
  constructor(
    readonly code: DocumentErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

export function languageOf(input: Pick<DocumentInput, 'client' | 'lang'>): Language {
  return input.lang ?? input.client.language;
}

/** Rejects what no document can be made of; returns the common currency. */
export function checkInput(input: DocumentInput): string {
  const first = input.invoices[0];
  if (!first) throw new DocumentError('no-invoices', 'Aucune facture sélectionnée.');
  if (input.invoices.some((i) => i.clientId !== input.client.id)) {
    throw new DocumentError('other-client', 'Toutes les factures doivent concerner le même client.');
  }
  if (input.invoices.some((i) => i.currency !== first.currency)) {
    throw new DocumentError(
      'mixed-currencies',
      'Les factures d’un même courrier doivent être dans la même devise.',
    );
  }
  return first.currency;
}

/** Collective proceedings forbid any individual action to obtain payment (C. com. L622-21). */
export function refuseUnderProceedings(input: DocumentInput): void {
  const opened = input.client.proceedings ?? input.events.find((e) => e.type === 'proceedings_opened');
  if (opened) {
    throw new DocumentError(
      'proceedings',
      'Le client fait l’objet d’une procédure collective : seule une déclaration de créance est possible (C. com. art. L622-21).',
    );
  }
}

/** At most this many extra enclosures, each one line of at most 200 characters. */
const MAX_ENCLOSURES = 12;

/**
 * The enclosures the user lists, one a line (« Copie du devis signé du 12/01/2026 », « CGV »):
 * the quote, contract and terms of sale are the first evidence of the claim; blank
 * lines dropped, each line cut to 200 characters, 12 at most.
 */
export function enclosureLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim().slice(0, 200))
    .filter(Boolean)
    .slice(0, MAX_ENCLOSURES);
}
