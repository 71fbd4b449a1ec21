/**
 * Why a file gave no invoice, said to the user in French and English.
 */
import type { Disagreement } from './pdf-check';
import type { ExtractedInvoice } from './types';

export type ExtractionErrorCode =
  | 'empty'
  | 'too_large'
  | 'inflates_too_much'
  | 'too_many_pages'
  | 'too_slow'
  | 'doctype'
  | 'malformed'
  | 'order'
  | 'not_an_invoice'
  | 'encrypted'
  | 'corrupted'
  | 'nothing_found';

export interface ExtractionError {
  code: ExtractionErrorCode;
  message_fr: string;
  message_en: string;
}

/** Structured formats; `text` is the heuristic reading of a text layer or a message. */
export type ExtractionFormat = 'facturx' | 'zugferd' | 'ubl' | 'cii' | 'text';

export type ExtractionResult =
  | {
      ok: true;
      invoice: ExtractedInvoice;
      format: ExtractionFormat;
      /** A PDF's embedded XML against its visible page (pdf-check.ts); the XML was taken. */
      disagreements?: Disagreement[];
    }
  | { ok: false; error: ExtractionError };

/** A file larger than this is not an invoice we want to read in a browser tab. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const MESSAGES: Record<ExtractionErrorCode, [fr: string, en: string]> = {
  empty: ['Le fichier est vide.', 'The file is empty.'],
  too_large: ['Le fichier dépasse 20 Mo.', 'The file is larger than 20 MB.'],
  inflates_too_much: [
    'Ce PDF se décompresse en plus de 64 Mo : il n’est pas lu, par sécurité. Saisissez la facture à la main.',
    'This PDF expands to more than 64 MB once decompressed: it is not read, for safety. Please enter the invoice by hand.',
  ],
  too_many_pages: [
    'Ce PDF compte plus de 500 pages : ce n’est pas une facture que nous savons lire.',
    'This PDF has more than 500 pages: not an invoice we can read.',
  ],
  too_slow: [
    'La lecture de ce PDF a pris trop de temps et a été arrêtée. Saisissez la facture à la main.',
    'Reading this PDF took too long and was stopped. Please enter the invoice by hand.',
  ],
  doctype: [
    'Ce fichier XML contient une déclaration DOCTYPE ou ENTITY, refusée par sécurité.',
    'This XML file contains a DOCTYPE or ENTITY declaration, refused for safety.',
  ],
  malformed: [
    "Ce fichier XML est mal formé et n'a pas pu être lu.",
    'This XML file is malformed and could not be read.',
  ],
  order: [
    'Ce document est une commande (Order-X), pas une facture.',
    'This document is an order (Order-X), not an invoice.',
  ],
  not_an_invoice: [
    "Ce fichier XML n'est pas une facture électronique reconnue (Factur-X, ZUGFeRD, CII, UBL).",
    'This XML file is not a recognised e-invoice (Factur-X, ZUGFeRD, CII, UBL).',
  ],
  encrypted: ['Ce PDF est protégé par un mot de passe.', 'This PDF is password-protected.'],
  corrupted: ["Ce PDF est endommagé et n'a pas pu être lu.", 'This PDF is damaged and could not be read.'],
  nothing_found: [
    "Aucune information de facture n'a été trouvée dans ce fichier.",
    'No invoice information was found in this file.',
  ],
};

export function extractionError(code: ExtractionErrorCode): { ok: false; error: ExtractionError } {
  const [message_fr, message_en] = MESSAGES[code];
  return { ok: false, error: { code, message_fr, message_en } };
}
