/**
 * E-invoice XML → ExtractedInvoice: CII (Factur-X, ZUGFeRD 2.x, XRechnung CII), ZUGFeRD 1.0
 * and UBL 2.1 Invoice / CreditNote. Orders (Order-X) and other XML are refused with a reason.
 * The parser is injected (see xml-dom.ts), so this runs in the browser and in Node alike.
 */
import { readCii } from './cii';
import { type ExtractionResult, extractionError, MAX_FILE_BYTES } from './errors';
import { readUbl } from './ubl';
import { decodeXmlBytes, stripDeclaration } from './xml-decode';
import type { XmlElement, XmlParser } from './xml-dom';

const CII_NS = 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100';
const ZUGFERD1_NS = 'urn:ferd:CrossIndustryDocument:invoice:1p0';
const UBL_NS = 'urn:oasis:names:specification:ubl:schema:xsd:';

/**
 * Reads an e-invoice given as bytes (a file) or as already decoded text. `ciiFormat` names the
 * family when the container tells it (a PDF's `factur-x.xml`) and the guideline URN does not
 * (Factur-X EN 16931 uses the plain `urn:cen.eu:en16931:2017`).
 */
export function extractFromXml(
  input: Uint8Array | string,
  parser: XmlParser,
  ciiFormat?: 'facturx' | 'zugferd',
): ExtractionResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_FILE_BYTES) return extractionError('too_large');
  const xml = stripDeclaration(typeof input === 'string' ? input : decodeXmlBytes(input));
  if (xml.trim() === '') return extractionError('empty');
  // No DOCTYPE, no entities: nothing to expand, no billion laughs, no external fetch.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) return extractionError('doctype');

  const root = parse(xml, parser);
  if (!root) return extractionError('malformed');
  return readRoot(root, ciiFormat);
}

function parse(xml: string, parser: XmlParser): XmlElement | null {
  try {
    const doc = parser.parseFromString(xml, 'application/xml');
    // Browsers report errors as a <parsererror> element instead of throwing.
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    return doc.documentElement;
  } catch {
    return null;
  }
}

function readRoot(root: XmlElement, ciiFormat?: 'facturx' | 'zugferd'): ExtractionResult {
  const ns = root.namespaceURI ?? '';
  const name = root.localName ?? '';
  if (name === 'CrossIndustryInvoice' && ns === CII_NS) return readCii(root, 'd16b', ciiFormat);
  if (name === 'CrossIndustryDocument' && ns === ZUGFERD1_NS) return readCii(root, 'zugferd1');
  if ((name === 'Invoice' || name === 'CreditNote') && ns === `${UBL_NS}${name}-2`) return readUbl(root);
  // Order-X (CII orders) and UBL orders: structured, well-formed, and not an invoice.
  if (name === 'SCRDMCCBDACIOMessageStructure' || ns.includes('SCRDMCCBDACIO') || ns === `${UBL_NS}Order-2`) {
    return extractionError('order');
  }
  return extractionError('not_an_invoice');
}
