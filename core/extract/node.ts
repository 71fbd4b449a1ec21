/**
 * Node wiring for the extractors (the CLI, tests, benchmarks): @xmldom/xmldom as XML parser
 * and pdf.js's legacy build. The extension passes the browser's DOMParser and pdf.js build.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { PdfJs } from './pdf';
import type { XmlParser } from './xml-dom';

export function nodeXmlParser(): XmlParser {
  // Every error is fatal: a half-read invoice is worse than a refused one.
  const parser = new DOMParser({
    locator: false,
    onError: (level, message) => {
      if (level !== 'warning') throw new Error(message);
    },
  });
  return parser as unknown as XmlParser;
}

let pdfjs: Promise<PdfJs> | undefined;

export function nodePdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJs>;
  return pdfjs;
}
