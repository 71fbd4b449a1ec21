/**
 * Browser wiring for the extractors, for the dashboard page only: pdf.js's regular build with
 * its worker bundled as an extension file (MV3's CSP allows scripts from the extension itself,
 * and `isEvalSupported: false` is passed by openPdf), and the page's native DOMParser as the
 * XML parser. Loaded on demand: pdf.js never enters the popup or any content script.
 */
import type { PdfDeps, PdfJs } from './pdf';
import type { XmlParser } from './xml-dom';

let deps: Promise<PdfDeps> | undefined;

export function browserExtractDeps(): Promise<PdfDeps> {
  deps ??= load();
  return deps;
}

async function load(): Promise<PdfDeps> {
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  // A DOMParser per call site is cheap; the native one never expands external entities.
  const xmlParser: XmlParser = new DOMParser() as unknown as XmlParser;
  return { pdfjs: pdfjs as PdfJs, xmlParser };
}
