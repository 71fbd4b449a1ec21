/**
 * The exhibits of the request (bordereau des pièces, mandatory since 1 March 2022, C. proc.
 * civ. art. 1407 as amended by décret n° 2021-1322): the invoices, the contract or quote when provided, the formal notice, its
 * acknowledgement of receipt and the log of reminders — numbered in that order.
 */
import type { Invoice, InvoiceEvent, IsoDate, StoredFile } from '../../model';
import { safeName } from '../file-name';
import { shortDate } from '../format';

export interface Exhibit {
  number: number;
  label: string;
  date: IsoDate | null;
  /** Name inside the ZIP; null while the user still has to add it. */
  fileName: string | null;
}

export interface ExtraExhibit {
  /** « Devis signé », « Contrat de prestation », « Bon de commande »… */
  label: string;
  date?: IsoDate;
  file?: StoredFile;
}

/**
 * Kinds of document a court file holds and a clerk opens: PDF, images, plain text, office
 * documents. Any other extension a stored name carries (`.exe`, `.html`, `.js`, `.lnk`) is not
 * kept: the exhibit is named from its MIME type, else `.bin`, so that opening it runs nothing.
 */
const SAFE_EXTENSIONS = new Set([
  'pdf',
  'jpg',
  'jpeg',
  'png',
  'gif',
  'webp',
  'tif',
  'tiff',
  'txt',
  'csv',
  'xml',
  'odt',
  'ods',
  'docx',
  'xlsx',
  'doc',
  'xls',
  'eml',
  'msg',
]);

export function extensionOf(file: Pick<StoredFile, 'name' | 'mime'>): string {
  const fromName = /\.([A-Za-z0-9]{1,5})$/.exec(file.name)?.[1]?.toLowerCase();
  if (fromName && SAFE_EXTENSIONS.has(fromName)) return fromName;
  if (file.mime === 'application/pdf') return 'pdf';
  if (file.mime === 'image/jpeg') return 'jpg';
  if (file.mime === 'image/png') return 'png';
  return 'bin';
}

export function invoiceFile(invoice: Invoice, files: readonly StoredFile[]): StoredFile | null {
  return (
    files.find((f) => f.id === invoice.fileId) ??
    files.find((f) => f.invoiceId === invoice.id && f.mime === 'application/pdf') ??
    null
  );
}

export function exhibitName(n: number, label: string, extension: string): string {
  return `Piece-${String(n).padStart(2, '0')}_${safeName(label)}.${extension}`;
}

export function firstEvent<T extends InvoiceEvent['type']>(
  events: readonly InvoiceEvent[],
  type: T,
  asOf: IsoDate,
): Extract<InvoiceEvent, { type: T }> | null {
  let found: Extract<InvoiceEvent, { type: T }> | null = null;
  for (const e of events) {
    if (e.type === type && e.date <= asOf && (!found || e.date < found.date))
      found = e as Extract<InvoiceEvent, { type: T }>;
  }
  return found;
}

export function noticeLabel(date: IsoDate, tracking: string | null): string {
  return `Mise en demeure du ${shortDate(date, 'fr')} (lettre recommandée avec accusé de réception${tracking ? ` n°\u00a0${tracking}` : ''})`;
}
