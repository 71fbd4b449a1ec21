/**
 * A PDF the user drops: the e-invoice XML it embeds (Factur-X, ZUGFeRD, XRechnung, UBL) when
 * there is one, since structured data beats text; otherwise its text layer, read by the text
 * heuristics. pdf.js is injected: the legacy build in Node, the regular build in the extension.
 */
import type * as PdfJsModule from 'pdfjs-dist';
import { hostTimers, TimedOut, type Timers, withTimeout } from '../timers';
import { type ExtractionResult, extractionError, MAX_FILE_BYTES } from './errors';
import { layoutOfPage, type PageLayout, textOfLayout } from './layout';
import { extractResultFromLayout } from './layout-result';
import { crossCheck } from './pdf-check';
import { DEFAULT_PDF_LIMITS, inflatedSize, type PdfLimits } from './pdf-guard';
import { extractFromXml } from './xml';
import type { XmlParser } from './xml-dom';

export type PdfJs = Pick<typeof PdfJsModule, 'getDocument'>;
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

export interface PdfDeps {
  pdfjs: PdfJs;
  xmlParser: XmlParser;
  /** Tests lower them; the extension uses the defaults. */
  limits?: Partial<PdfLimits>;
  /** The read's deadline runs on these (the host's by default). */
  timers?: Timers;
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

/**
 * Size first, then what the streams inflate to, then the page count, and the whole read
 * within a deadline: pdf.js has no bound of its own, and a small file can claim gigabytes
 * (pdf-guard.ts). A refused file costs a scan, never pdf.js's memory.
 */
export async function extractFromPdf(bytes: Uint8Array, deps: PdfDeps): Promise<ExtractionResult> {
  const limits = { ...DEFAULT_PDF_LIMITS, ...deps.limits };
  if (bytes.byteLength === 0) return extractionError('empty');
  if (bytes.byteLength > MAX_FILE_BYTES) return extractionError('too_large');
  if ((await inflatedSize(bytes, limits.inflatedBytes)) === null) return extractionError('inflates_too_much');
  const doc = await openPdf(bytes, deps.pdfjs);
  if ('error' in doc) return extractionError(doc.error);
  try {
    if (doc.numPages > limits.pages) return extractionError('too_many_pages');
    return await withTimeout(read(doc, deps.xmlParser), limits.readMs, deps.timers ?? hostTimers);
  } catch (e) {
    return extractionError(e instanceof TimedOut ? 'too_slow' : 'corrupted');
  } finally {
    // Also what stops a read past its deadline: pdf.js ends its worker's work on this document.
    void doc.destroy();
  }
}

async function read(doc: PdfDocument, parser: XmlParser): Promise<ExtractionResult> {
  const embedded = await embeddedInvoice(doc, parser);
  const layouts = await pdfLayouts(doc);
  const page = extractResultFromLayout(layouts);
  if (!embedded?.result.ok) return page;
  // The XML is taken; what the visible page says otherwise is reported beside it (pdf-check.ts).
  const disagreements = crossCheck(
    embedded.result.invoice,
    new TextDecoder().decode(embedded.xml),
    page.ok ? page.invoice : null,
    layouts.map(textOfLayout).join('\n\n'),
  );
  return { ...embedded.result, disagreements };
}

/** The positioned text of every page (up to MAX_PAGES), for the layout-aware reading. */
export async function pdfLayouts(doc: PdfDocument): Promise<PageLayout[]> {
  const pages: PageLayout[] = [];
  for (let i = 1; i <= Math.min(doc.numPages, MAX_PAGES); i++) {
    const page = await doc.getPage(i);
    const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
    const items = (await page.getTextContent()).items;
    // Text positions are in user space; pages whose box does not start at 0 are shifted.
    const shifted = x0 || y0 ? items.map((it) => shift(it, x0, y0)) : items;
    pages.push(layoutOfPage(shifted, i, x1 - x0, y1 - y0));
    page.cleanup();
  }
  return pages;
}

function shift(item: unknown, x0: number, y0: number): unknown {
  const t = (item as { transform?: number[] }).transform;
  if (!t) return item;
  return { ...(item as object), transform: [t[0], t[1], t[2], t[3], (t[4] ?? 0) - x0, (t[5] ?? 0) - y0] };
}

/** The visible text of every page (up to MAX_PAGES), pages separated by a blank line. */
export async function pdfText(doc: PdfDocument): Promise<string> {
  return (await pdfLayouts(doc)).map(textOfLayout).join('\n\n');
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

async function embeddedInvoice(
  doc: PdfDocument,
  parser: XmlParser,
): Promise<{ result: ExtractionResult; xml: Uint8Array } | null> {
  const attachments = Object.values(((await doc.getAttachments()) ?? {}) as Record<string, Attachment>);
  for (const [pattern, hint] of XML_NAMES) {
    for (const a of attachments) {
      if (!a.content || !pattern.test(a.filename ?? '')) continue;
      const result = extractFromXml(a.content, parser, hint);
      // An attachment that is not an invoice (a delivery note, an order) leaves the text to speak.
      if (result.ok) return { result, xml: a.content };
    }
  }
  return null;
}
