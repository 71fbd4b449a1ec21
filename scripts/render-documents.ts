/**
 * Writes every sample document (tests/fixtures/documents/samples.ts) to a folder, for a look
 * or a screenshot: `npx tsx scripts/render-documents.ts [out-dir] [--png]`. With --png, each
 * page is also rendered at 60 dpi with pdftoppm (poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import {
  type BuiltFile,
  buildClaimDeclarationPdf,
  buildFormalNoticePdf,
  buildKitZip,
  buildPaymentPlanPdf,
  buildReminderLetterPdf,
  equalInstallments,
} from '../core/documents';
import * as S from '../tests/fixtures/documents/samples';

function sampleDocuments(): BuiltFile[] {
  const pdf = (fileName: string, bytes: Uint8Array): BuiltFile => ({
    fileName,
    mime: 'application/pdf',
    bytes,
  });
  const kit = buildKitZip(S.acmeKitInput);
  // The kit's own PDFs, as the user will find them in the ZIP.
  const inKit = Object.entries(unzipSync(kit.bytes))
    .filter(([name]) => name.endsWith('.pdf') && !name.startsWith('Piece-01'))
    .map(([name, bytes]) => pdf(`Kit_${name}`, bytes));
  const two = S.acmeTwoInput;
  return [
    buildFormalNoticePdf(S.acmeInput),
    pdf('Mise-en-demeure_deux-factures.pdf', buildFormalNoticePdf(two).bytes),
    pdf('Mise-en-demeure_particulier.pdf', buildFormalNoticePdf(S.martinInput).bytes),
    buildFormalNoticePdf(S.globexInput),
    pdf('Mise-en-demeure_historique-long.pdf', buildFormalNoticePdf(S.longHistoryInput()).bytes),
    buildReminderLetterPdf(two),
    buildReminderLetterPdf(S.globexInput),
    buildPaymentPlanPdf({ ...two, installments: equalInstallments(450_000, 4, '2026-04-15') }),
    buildPaymentPlanPdf({ ...S.globexInput, installments: equalInstallments(250_000, 3, '2026-04-30') }),
    buildClaimDeclarationPdf({
      ...S.initechInput,
      representative: S.mandataire,
      openingJudgmentDate: '2026-03-12',
      court: 'Tribunal de commerce de Lyon',
    }),
    ...inKit,
    kit,
  ];
}

function main(): void {
  const args = process.argv.slice(2);
  const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/e2e/.artifacts/documents');
  mkdirSync(out, { recursive: true });
  for (const file of sampleDocuments()) {
    const path = join(out, file.fileName);
    writeFileSync(path, file.bytes);
    console.log(`${(file.bytes.length / 1024).toFixed(1).padStart(7)} KB  ${path}`);
    if (args.includes('--png') && file.mime === 'application/pdf') {
      spawnSync('pdftoppm', ['-png', '-r', '60', path, path.replace(/\.pdf$/, '')]);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
