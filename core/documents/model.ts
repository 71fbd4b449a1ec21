/**
 * A document is data first: a list of blocks built by pure functions from invoices, client,
 * events and settings. One renderer (./pdf) turns any of them into an A4 PDF, so a letter's
 * wording is tested without a PDF, and the PDF layout is tested once for all of them.
 *
 * Text may contain U+00A0 where a line must not break (« 1 500,00 € », « n° 12 »); the renderer
 * prints it as a plain space.
 */
import type { Language } from '../model';

export interface Inline {
  text: string;
  bold?: boolean;
}

/** A plain string, or runs of text some of which are bold. */
export type Rich = string | Inline[];

type Align = 'left' | 'right' | 'center';

export interface TableColumn {
  header: string;
  /** Relative width (the columns share the text width in proportion). */
  width: number;
  align?: Align;
}

export interface TableRow {
  cells: string[];
  /** A total line: bold and set apart. */
  total?: boolean;
}

export type Block =
  /** Sender top left; recipient placed for a French right-window envelope (first page only). */
  | { kind: 'letterhead'; sender: string[]; recipient: string[] }
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; text: string }
  | {
      kind: 'paragraph';
      text: Rich;
      align?: Align;
      size?: 'normal' | 'small';
      bold?: boolean;
      /** A lead-in (« Pièces jointes : ») stays on the page of what it introduces. */
      keepWithNext?: boolean;
    }
  | { kind: 'list'; items: Rich[]; numbered?: boolean }
  | { kind: 'table'; columns: TableColumn[]; rows: TableRow[] }
  /** Label / value pairs, without a header row. */
  | { kind: 'fields'; rows: [string, string][] }
  /** One column per party, each with room to sign under its lines. */
  | { kind: 'signature'; parties: SignatureParty[] }
  | { kind: 'space'; mm: number };

/** The user's scanned signature (issue #19), drawn in the room left to sign. */
export interface SignatureStamp {
  format: 'PNG' | 'JPEG';
  base64: string;
  widthPx: number;
  heightPx: number;
}

export interface SignatureParty {
  heading?: string;
  note?: string;
  lines: string[];
  image?: SignatureStamp;
}

export interface DocumentModel {
  /** PDF title and the running header of pages after the first. */
  title: string;
  lang: Language;
  /** Day the document is dated (the PDF creation date, so that output is reproducible). */
  date: string;
  author: string;
  blocks: Block[];
}

/** What a build function hands to the UI: a name that says what the file is, and its bytes. */
export interface BuiltFile {
  fileName: string;
  mime: string;
  bytes: Uint8Array;
}
