// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractPaymentFields } from '../../../../core/extract/text';
import { detectInvoice } from '../../../../core/sites/gmail/detect';
import { parseListRows } from '../../../../core/sites/gmail/parse-list';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import {
  DetectedGmailInvoiceSchema,
  GmailListRowSchema,
  GmailThreadSchema,
} from '../../../../core/sites/gmail/schema';
import { loadSim, ME, openThread } from './load-sim';

const KEYS = [
  'facture-pdf',
  'facture-corps',
  'virement-effectue',
  'dejeuner',
  'long-50',
  'hostile',
  'invoice-en',
  'facture-recue',
];

// The parsers run in the content script without zod: the schemas check here that what they
// return is what the rest of the extension expects.
describe('what the Gmail parsers return fits the schemas', () => {
  for (const layout of ['a98', 'bs']) {
    it(`every simulator thread, ${layout} layout`, () => {
      for (const key of KEYS) {
        openThread(
          key,
          `?layout=${layout}`,
          key === 'dejeuner' || key === 'facture-recue' ? 'inbox' : 'sent',
        );
        const thread = parseThread(document);
        expect(GmailThreadSchema.parse(thread)).toEqual(thread);
        const found = thread && detectInvoice(thread, ME, extractPaymentFields);
        if (found) expect(DetectedGmailInvoiceSchema.parse(found)).toEqual(found);
      }
    });
  }
  it('every list row of Sent and Inbox', () => {
    for (const hash of ['#sent', '#inbox']) {
      loadSim('', hash);
      const rows = parseListRows(document);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(GmailListRowSchema.parse(row)).toEqual(row);
    }
  });
});
