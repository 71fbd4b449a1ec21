/**
 * A PDF the user drops: the e-invoice XML it embeds (Factur-X, ZUGFeRD, XRechnung, UBL) when
 * there is one, since structured data beats text; otherwise its text layer, read by the text
 * heuristics. pdf.js is injected: the legacy build in Node, the regular build in the extension.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import { type ExtractionResult, extractionError, MAX_FILE_BYTES } from './errors';
import { linesOfPage } from './pdf-text';
import { extractResultFromText } from './text';
import { extractFromXml } from './xml';
import type { XmlParser } from './xml-dom';

export type PdfJs = Pick<typeof PdfJsModule, 'getDocument'>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

export interface PdfDeps {
  pdfjs: PdfJs;
  xmlParser: XmlParser;
}

/** Pages beyond this are not read: invoices are short, a 500-page PDF is something else. */
const MAX_PAGES = 30;

/**
 * Attachment names by preference. A PDF may carry both a ZUGFeRD 2 `zugferd-invoice.xml` and a
 * ZUGFeRD 1 `ZUGFeRD-invoice.xml`: the newer first. pdf.js does not expose the MIME subtype, so
 * any other `.xml` comes last.
 */
const XML_NAMES: [RegExp, 'facturx' | 'zugferd' | undefined][] = [
  [/^factur-x\.xml$/i, 'facturx'],
  [/^zugferd-invoice\.xml$/, 'zugferd'],
  [/^zugferd-invoice\.xml$/i, 'zugferd'],
  [/^xrechnung\.xml$/i, undefined],
  [/\.xml$/i, undefined],
];

interface Attachment {
  filename?: string;
  content?: Uint8Array;
}

export async function extractFromPdf(bytes: Uint8Array, deps: PdfDeps): Promise<ExtractionResult> {
  if (bytes.byteLength === 0) return extractionError('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) return extractionError('too_large');
  const doc = await openPdf(bytes, deps.pdfjs);
  if ('error' in doc) return extractionError(doc.error);
  try {
    const embedded = await embeddedInvoice(doc, deps.xmlParser);
    if (embedded) return embedded;
    return extractResultFromText(await pdfText(doc));
  } catch {
    return extractionError('corrupted');
  } finally {
    void doc.destroy();
  }
}

/** The visible text of every page (up to MAX_PAGES), pages separated by a blank line. */
export async function pdfText(doc: PdfDocument): Promise<string> {
  const pages: string[] = [];
  for (let i = 1; i <= Math.min(doc.numPages, MAX_PAGES); i++) {
    const page = await doc.getPage(i);
    pages.push(linesOfPage((await page.getTextContent()).items));
    page.cleanup();
  }
  return pages.join('\n\n');
}

export async function openPdf(
  bytes: Uint8Array,
  pdfjs: PdfJs,
): Promise<PdfDocument | { error: 'encrypted' | 'corrupted' }> {
  // pdf.js takes ownership of the buffer it is given: pass a copy, the caller keeps its bytes.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (e) {
    void task.destroy();
    return { error: (e as Error)?.name === 'PasswordException' ? 'encrypted' : 'corrupted' };
  }
}

async function embeddedInvoice(doc: PdfDocument, parser: XmlParser): Promise<ExtractionResult | null> {
  const attachments = Object.values(((await doc.getAttachments()) ?? {}) as Record<string, Attachment>);
  for (const [pattern, hint] of XML_NAMES) {
    for (const a of attachments) {
      if (!a.content || !pattern.test(a.filename ?? '')) continue;
      const result = extractFromXml(a.content, parser, hint);
      // An attachment that is not an invoice (a delivery note, an order) leaves the text to speak.
      if (result.ok) return result;
    }
  }
  return null;
}
