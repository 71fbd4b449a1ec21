/**
 * The reader page (core/platform/reader-page.ts): Chrome's offscreen document, or an iframe of
 * Firefox's background page. Reads the PDF a Gmail message attaches with pdf.js, which
 * Chrome's service worker cannot run, and answers what it found. The request is checked here
 * and the answer again by the background. Offscreen documents get chrome.runtime and nothing
 * else of the extension APIs.
 */

import { z } from 'zod';
import { fromBase64 } from '../../core/bytes';
import { browserExtractDeps } from '../../core/extract/browser';
import { extractionError } from '../../core/extract/errors';
import { extractFromPdf } from '../../core/extract/pdf';
import { pdfFound, unreadablePdf } from '../../core/extract/pdf-found';
import { onReaderRequest } from '../../core/platform/reader-page';

const ExtractRequestSchema = z.object({ base64: z.string().max(14_000_000), lang: z.enum(['fr', 'en']) });

onReaderRequest(async (type, payload) => {
  const request = ExtractRequestSchema.safeParse(payload);
  if (type !== 'extract-pdf' || !request.success) return unreadablePdf('invalid-request', 'requête invalide');
  const { base64, lang } = request.data;
  try {
    const bytes = fromBase64(base64);
    return pdfFound(await extractFromPdf(bytes, await browserExtractDeps()), lang);
  } catch {
    // Not base64, or pdf.js failed outside what extractFromPdf catches.
    return pdfFound(extractionError('corrupted'), lang);
  }
});
