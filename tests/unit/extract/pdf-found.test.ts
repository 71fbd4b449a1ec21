import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractionError } from '../../../core/extract/errors';
import { nodePdfJs, nodeXmlParser } from '../../../core/extract/node';
import { extractFromPdf } from '../../../core/extract/pdf';
import { NOTHING_IN_PDF, pdfFound } from '../../../core/extract/pdf-found';
import { EMPTY_EXTRACTION } from '../../../core/extract/types';
import { messages } from '../../../core/protocol';

const fixtures = join(import.meta.dirname, '../../fixtures');
const read = async (path: string) =>
  pdfFound(
    await extractFromPdf(new Uint8Array(readFileSync(join(fixtures, path))), {
      pdfjs: await nodePdfJs(),
      xmlParser: nodeXmlParser(),
    }),
    'fr',
  );
const valid = (answer: unknown) => messages['extract/pdf'].response.parse(answer);

describe('pdfFound: an attached PDF as the Gmail card uses it', () => {
  it('reads a Factur-X PDF from its embedded XML', async () => {
    const answer = valid(await read('extract/einvoice/akretion-factur-x/invoice_EN16931.pdf'));
    expect(answer.error).toBeNull();
    expect(answer.found).toMatchObject({
      number: 'F20260023',
      dueDate: '2026-03-02',
      totalCents: 10_490,
      currency: 'EUR',
      source: 'facturx',
    });
  });

  it('reads the simulator PDF of a thread whose email says nothing but « ci-joint »', async () => {
    const answer = valid(await read('gmail/pdf/facture-pdf-seule.pdf'));
    expect(answer.found).toEqual({
      number: 'F-2026-005',
      issueDate: '2026-02-02',
      dueDate: '2026-03-04',
      paymentTerms: null,
      totalCents: 120_000,
      amountDueCents: null,
      currency: 'EUR',
      buyerName: 'Lumen SAS',
      mentionsPenalty: true,
      penaltyRatePercent: 10,
      contractualRate: { kind: 'fixed', percent: 10 },
      mentionsIndemnity: true,
      source: 'text',
    });
  });

  it('counts a penalty clause without a number as a mention, and reads no rate from it', async () => {
    const { found } = valid(await read('gmail/pdf/facture-pdf.pdf'));
    expect(found).toMatchObject({ number: 'F-2026-001', totalCents: 150_000, dueDate: '2026-03-15' });
    expect(found).toMatchObject({ mentionsPenalty: true, penaltyRatePercent: null, mentionsIndemnity: true });
    // « trois fois le taux d'intérêt légal »: no percent of its own, but a rate of its kind.
    expect(found.contractualRate).toEqual({ kind: 'legal-multiple', factor: 3 });
  });

  it('answers an encrypted PDF as data: nothing found, and why', async () => {
    const answer = valid(await read('extract/pdf/encrypted.pdf'));
    expect(answer.found).toEqual(NOTHING_IN_PDF);
    expect(answer.error).toEqual({ code: 'encrypted', message: 'Ce PDF est protégé par un mot de passe.' });
    expect(pdfFound(extractionError('corrupted'), 'en').error?.message).toMatch(/damaged/);
  });

  it('drops values the protocol would refuse instead of repairing them', () => {
    const answer = pdfFound(
      {
        ok: true,
        format: 'text',
        invoice: {
          ...EMPTY_EXTRACTION,
          number: { value: 'x'.repeat(101), source: 'text' },
          dueDate: { value: '2026-02-31', source: 'text' },
          issueDate: { value: '2026-13-01', source: 'text' },
          paymentTerms: { value: '12/01/2026', source: 'text' },
          currency: { value: '€', source: 'text' },
          totalCents: { value: 1.5, source: 'text' },
          penaltyRatePercent: { value: 250, source: 'text' },
        },
      },
      'fr',
    );
    expect(valid(answer).found).toMatchObject({
      number: null,
      dueDate: null,
      issueDate: null,
      currency: null,
      totalCents: null,
      penaltyRatePercent: null,
      mentionsPenalty: true,
    });
  });
});
