/**
 * Why a file gave no invoice, said to the user in French and English.
 */
import type { ExtractedInvoice } from './types';

export type ExtractionErrorCode =
  | 'empty'
  | 'too_large'
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
  | { ok: true; invoice: ExtractedInvoice; format: ExtractionFormat }
  | { ok: false; error: ExtractionError };

/** A file larger than this is not an invoice we want to read in a browser tab. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const MESSAGES: Record<ExtractionErrorCode, [fr: string, en: string]> = {
  empty: ['Le fichier est vide.', 'The file is empty.'],
  too_large: ['Le fichier dépasse 20 Mo.', 'The file is larger than 20 MB.'],
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
