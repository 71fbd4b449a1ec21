/**
 * Documents (issue #7), in Node: a formal notice ≤ 150 ms (median of 15 runs) and ≤ 150 KB;
 * the injonction de payer kit of an invoice with 10 exhibits (stored files of a realistic
 * size: invoice 300 KB, six other documents 200 KB, a scanned receipt 800 KB) ≤ 2 s.
 */
import { buildFormalNoticePdf, buildKitZip } from '../../core/documents';
import type { StoredFile } from '../../core/model';
import * as S from '../fixtures/documents/samples';
import type { BenchSuite } from './types';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function fakeFile(id: string, name: string, mime: string, kb: number): StoredFile {
  const bytes = new Uint8Array(kb * 1024);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 8192) binary += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return { id, invoiceId: S.acmeInvoice.id, name, mime, base64: btoa(binary) };
}

const suite: BenchSuite = async () => {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    size = buildFormalNoticePdf(S.acmeTwoInput).bytes.length;
    times.push(performance.now() - start);
  }
  const longSize = buildFormalNoticePdf(S.longHistoryInput()).bytes.length;

  const kitInput = {
    ...S.acmeInput,
    asOf: '2026-04-20',
    events: S.acmeKitEvents,
    files: [fakeFile('file-1', 'F-2026-001.pdf', 'application/pdf', 300)],
    acknowledgement: fakeFile('ar', 'AR.jpg', 'image/jpeg', 800),
    otherExhibits: [
      'Devis signé',
      'Contrat',
      'Bon de commande',
      'Procès-verbal de livraison',
      'Courriel d’acceptation',
      'Relevé de compte',
    ].map((label, i) => ({ label, file: fakeFile(`x-${i}`, `${label}.pdf`, 'application/pdf', 200) })),
  };
  const kitStart = performance.now();
  const kit = buildKitZip(kitInput);
  const kitMs = performance.now() - kitStart;
  if (kit.exhibits.length !== 10) throw new Error(`kit: ${kit.exhibits.length} exhibits, 10 expected`);

  const median1 = median(times);
  return [
    {
      figure: 'Formal notice PDF, 2 invoices (Node, median of 15)',
      measured: `${median1.toFixed(1)} ms`,
      budget: '≤ 150 ms',
      ok: median1 <= 150,
    },
    {
      figure: 'Formal notice PDF size, 2 invoices',
      measured: `${(size / 1024).toFixed(1)} KB`,
      budget: '≤ 150 KB',
      ok: size <= 150 * 1024,
    },
    {
      figure: 'Formal notice PDF size, 12 invoices + 40 reminders',
      measured: `${(longSize / 1024).toFixed(1)} KB`,
      budget: '≤ 150 KB',
      ok: longSize <= 150 * 1024,
    },
    {
      figure: 'Injonction de payer kit, 10 exhibits (≈ 2.3 MB ZIP)',
      measured: `${kitMs.toFixed(0)} ms`,
      budget: '≤ 2000 ms',
      ok: kitMs <= 2000,
    },
  ];
};
export default suite;
