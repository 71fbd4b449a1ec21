/** The development corpus's manifest, shared by the builder (./build.ts) and the bench. */
export const CORPUS_DIR = '.corpus';
export const MANIFEST = 'manifest.json';

/** What the embedded XML says, read by core/extract's XML reader (100 % on its samples). */
export interface CorpusTruth {
  documentType: 'invoice' | 'credit_note' | null;
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  totalCents: number | null;
  amountDueCents: number | null;
  currency: string | null;
  sellerName: string | null;
  buyerName: string | null;
}

export interface CorpusEntry {
  /** First 12 hex digits of the SHA-256: the text-only copy is text/<id>.pdf. */
  id: string;
  repo: string;
  commit: string;
  path: string;
  licence: string;
  sha256: string;
  /** einvoice: XML embedded, truth known; plain: no XML (not scored); unreadable: see note. */
  kind: 'einvoice' | 'plain' | 'unreadable';
  pages: number;
  truth: CorpusTruth | null;
  note?: string;
}
