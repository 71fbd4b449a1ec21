import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ARTIFACTS, expect, extensionPage, type Session, test } from './fixtures';
import { CSV_HEADER, day, importCsvText, readStore } from './helpers';

// Ten invoices issued 50 days ago, due 20 days ago: each has a reminder step due today.
const CLIENTS: [string, string, string][] = [
  ['F-2026-101', 'Atelier Mercier', '1 500,00'],
  ['F-2026-102', 'Dupont Conseil', '840,50'],
  ['F-2026-103', 'Bois et Fils', '320,00'],
  ['F-2026-104', 'Lune Studio', '2 000,00'],
  ['F-2026-105', 'Soleil SARL', '450,00'],
  ['F-2026-106', 'Delta SAS', '1 200,00'],
  ['F-2026-107', 'Xylo', '3 000,00'],
  ['F-2026-108', 'Kappa Conseil', '700,00'],
  ['F-2026-109', 'Omega Design', '990,00'],
  ['F-2026-110', 'Sigma Études', '5 000,00'],
];
const invoicesCsv = [
  CSV_HEADER,
  ...CLIENTS.map(([n, c, a], i) => `${n};${c};compta${i}@client.test;${a};${day(-50)};${day(-20)};pro;`),
].join('\n');

const at = (offset: number) => `${day(offset)} 09:12:44`;
// Qonto's English export (columns as cited in core/bank/profiles.ts).
const qonto = [
  'Status,Settlement date (UTC),Operation date (UTC),Total amount (incl. VAT),Currency,Counterparty name,Payment method,Transaction ID,IBAN,Reference,Category,Note',
  `settled,${at(-6)},${at(-6)},1500.00,EUR,ATELIER MERCIER,transfer,tx-1,FR7630004000031234567890143,FACTURE F-2026-101,sales,`,
  `settled,${at(-5)},${at(-5)},840.50,EUR,DUPONT CONSEIL,transfer,tx-2,,F-2026-102,sales,`,
  `settled,${at(-5)},${at(-5)},320.00,EUR,BOIS ET FILS,transfer,tx-3,,Facture F-2026-103,sales,`,
  `settled,${at(-4)},${at(-4)},1000.00,EUR,XYLO,transfer,tx-4,,Acompte F-2026-107,sales,`,
  `settled,${at(-4)},${at(-4)},-54.20,EUR,CARREFOUR CITY,card,tx-5,,,food,`,
  `settled,${at(-3)},${at(-3)},123.45,EUR,URSSAF,transfer,tx-6,,REMBOURSEMENT,tax,`,
].join('\n');

const entry = (amount: string, sign: 'CRDT' | 'DBIT', date: string, details: string, status = 'BOOK') =>
  `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>${sign}</CdtDbtInd><Sts>${status}</Sts><BookgDt><Dt>${date}</Dt></BookgDt>${details}</Ntry>`;
const tx = (payer: string, remittance: string) =>
  `<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>${payer}</Nm></Dbtr></RltdPties><RmtInf>${remittance}</RmtInf></TxDtls></NtryDtls>`;
const camt = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
<GrpHdr><MsgId>M1</MsgId><CreDtTm>${day(-1)}T06:00:00</CreDtTm></GrpHdr>
<Stmt><Id>S1</Id><Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>
${entry('2000.00', 'CRDT', day(-6), tx('LUNE STUDIO', '<Ustrd>Facture F-2026-104</Ustrd>'))}
${entry('450.00', 'CRDT', day(-5), tx('SOLEIL SARL', '<Strd><CdtrRefInf><Ref>F2026105</Ref></CdtrRefInf></Strd>'))}
${entry('1200.00', 'CRDT', day(-5), tx('DELTA', '<Ustrd>REGLEMENT FACT F 2026 106</Ustrd>'))}
${entry('700.00', 'CRDT', day(-4), tx('KAPPA CONSEIL', '<Ustrd>VIREMENT</Ustrd>'))}
${entry('89.90', 'CRDT', day(-3), tx('M. INCONNU', '<Ustrd>DON</Ustrd>'))}
${entry('35.00', 'DBIT', day(-3), '<AddtlNtryInf>FRAIS</AddtlNtryInf>')}
${entry('990.00', 'CRDT', day(-1), tx('OMEGA DESIGN', '<Ustrd>F-2026-109</Ustrd>'), 'PDNG')}
</Stmt></BkToCstmrStmt></Document>`;

const files = [
  { name: 'qonto-transactions.csv', mimeType: 'text/csv', buffer: Buffer.from(qonto) },
  { name: 'releve.camt053.xml', mimeType: 'application/xml', buffer: Buffer.from(camt) },
];

async function importStatements(session: Session, page: Page) {
  await extensionPage(session, page, 'dashboard.html#import');
  await page.getByTestId('bank-input').setInputFiles(files);
}

async function todayNumbers(session: Session, page: Page): Promise<string[]> {
  await extensionPage(session, page, 'popup.html');
  await expect(page.getByTestId('today-row').first()).toBeVisible();
  const numbers = await page
    .getByTestId('today-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-number') ?? ''));
  return numbers.sort();
}

const badge = (session: Session) => session.worker.evaluate(() => chrome.action.getBadgeText({}));

test('a Qonto CSV and a CAMT.053 against 10 invoices: 6 sure, 2 likely, 2 unmatched; 7 invoices paid once', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(session, page, invoicesCsv, 10);
  await expect.poll(() => badge(session)).toBe('10');

  await importStatements(session, page);
  await expect(page.getByTestId('bank-notes')).toContainText(
    'qonto-transactions.csv : 5 crédits lus (Qonto).',
  );
  await expect(page.getByTestId('bank-notes')).toContainText(
    'releve.camt053.xml : 5 crédits lus (CAMT.053).',
  );
  await expect(page.getByTestId('bank-summary')).toHaveText(
    'Propositions : 6 sûres, 2 probables, 2 sans correspondance.',
  );
  const sure = page.getByTestId('bank-sure').getByTestId('bank-row');
  const likely = page.getByTestId('bank-likely').getByTestId('bank-row');
  await expect(sure).toHaveCount(6);
  await expect(likely).toHaveCount(2);
  await expect(page.getByTestId('bank-none').getByTestId('bank-row')).toHaveCount(2);
  // Each proposal shows its bank line next to the invoice it pays.
  await expect(sure.filter({ hasText: 'REGLEMENT FACT F 2026 106' })).toContainText(
    'F-2026-106 — Delta SAS : 1 200,00 €',
  );
  const partial = likely.filter({ hasText: 'Acompte F-2026-107' });
  await expect(partial).toContainText('F-2026-107 — Xylo : 1 000,00 €');
  await expect(partial).toContainText('paiement partiel, reste 2 000,00 €');
  await expect(likely.filter({ hasText: 'KAPPA CONSEIL' })).toContainText('nom du payeur, montant exact');
  await page.screenshot({ path: join(ARTIFACTS, 'bank-review-fr.png'), fullPage: true });

  // Sure ones are ticked; the user confirms the partial payment and leaves Kappa's line aside.
  await partial.getByTestId('bank-take').check();
  await expect(page.getByTestId('bank-confirm')).toHaveText('Enregistrer 7 paiements');
  await page.getByTestId('bank-confirm').click();
  await expect(page.getByTestId('bank-done')).toHaveText(
    '7 paiements enregistrés, avec la ligne du relevé comme preuve.',
  );

  const invoices = await readStore<{ number: string; status: string; outstandingCents: number }>(
    page,
    'invoices',
  );
  const state = Object.fromEntries(invoices.map((i) => [i.number, [i.status, i.outstandingCents]]));
  for (const n of ['F-2026-101', 'F-2026-102', 'F-2026-103', 'F-2026-104', 'F-2026-105', 'F-2026-106']) {
    expect(state[n]).toEqual(['paid', 0]);
  }
  expect(state['F-2026-107']).toEqual(['open', 200_000]);
  expect(state['F-2026-108']![1]).toBe(70_000);
  const payments = (
    await readStore<{ type: string; bank?: { file: string; label: string } }>(page, 'events')
  ).filter((e) => e.type === 'payment');
  expect(payments).toHaveLength(7);
  expect(payments.every((e) => e.bank && e.bank.file !== '')).toBe(true);

  // The badge and the popup drop the paid invoices (the same rederive/overview path).
  await expect.poll(() => badge(session)).toBe('4');
  expect(await todayNumbers(session, page)).toEqual(['F-2026-107', 'F-2026-108', 'F-2026-109', 'F-2026-110']);

  // The same two files again: only Kappa's unconfirmed line and the two unmatched ones remain.
  await importStatements(session, page);
  await expect(page.getByTestId('bank-summary')).toHaveText(
    'Propositions : 0 sûre, 1 probable, 2 sans correspondance.',
  );
  await expect(page.getByTestId('bank-sure')).toHaveCount(0);
  await page.screenshot({ path: join(ARTIFACTS, 'bank-reimport-fr.png'), fullPage: true });
  expect(
    (await readStore<{ type: string }>(page, 'events')).filter((e) => e.type === 'payment'),
  ).toHaveLength(7);
});

test('a statement of a bank no profile knows: columns mapped once, then read; a broken file names its row', async ({
  session,
}) => {
  const page = await session.context.newPage();
  await importCsvText(session, page, invoicesCsv, 10);
  const unknown = [
    'Date opé;Montant;Nature;Libellé opération',
    `${day(-2).split('-').reverse().join('/')};1500,00;Virement;VIR ATELIER MERCIER F-2026-101`,
  ].join('\r\n');
  const broken = [
    'Date;Date de valeur;Débit;Crédit;Libellé;Solde',
    '31/02/2026;31/02/2026;;840,50;VIR DUPONT F-2026-102;1',
  ].join('\r\n');
  await extensionPage(session, page, 'dashboard.html#import');
  await page.getByTestId('bank-input').setInputFiles([
    { name: 'lcl.csv', mimeType: 'text/csv', buffer: Buffer.from(unknown, 'latin1') },
    { name: 'cic.csv', mimeType: 'text/csv', buffer: Buffer.from(broken, 'latin1') },
  ]);
  await expect(page.getByTestId('bank-errors')).toHaveText(
    'cic.csv : ligne 2, colonne « Date » : date illisible (« 31/02/2026 »).',
  );
  await expect(page.getByTestId('bank-mapping')).toBeVisible();
  await page.getByTestId('bank-map-date').selectOption({ label: 'Date opé' });
  await page.getByTestId('bank-map-amount').selectOption({ label: 'Montant' });
  await page.getByTestId('bank-map-label').selectOption({ label: 'Libellé opération' });
  await page.screenshot({ path: join(ARTIFACTS, 'bank-mapping-fr.png'), fullPage: true });
  await page.getByTestId('bank-map-save').click();
  await expect(page.getByTestId('bank-summary')).toHaveText(
    'Propositions : 1 sûre, 0 probable, 0 sans correspondance.',
  );

  // Next month's file of the same shape is read without asking.
  await extensionPage(session, page, 'dashboard.html#import');
  await page
    .getByTestId('bank-input')
    .setInputFiles([{ name: 'lcl-avril.csv', mimeType: 'text/csv', buffer: Buffer.from(unknown, 'latin1') }]);
  await expect(page.getByTestId('bank-notes')).toContainText('lcl-avril.csv : 1 crédit lu (CSV).');
  await expect(page.getByTestId('bank-mapping')).toHaveCount(0);
});

test('the statement of account of a client with 3 open invoices, from the clients page, read with pdftotext', async ({
  session,
}) => {
  const page = await session.context.newPage();
  const csv = [
    CSV_HEADER,
    `R-1;Atelier Mercier;compta@mercier.test;1 500,00;${day(-70)};${day(-40)};pro;`,
    `R-2;Atelier Mercier;compta@mercier.test;840,50;${day(-50)};${day(-20)};pro;`,
    `R-3;Atelier Mercier;compta@mercier.test;320,00;${day(-10)};${day(20)};pro;`,
    `R-4;Dupont Conseil;compta@dupont.test;99,00;${day(-10)};${day(20)};pro;`,
  ].join('\n');
  await importCsvText(session, page, csv, 4);
  await extensionPage(session, page, 'dashboard.html#clients');
  const row = page.getByTestId('pays-row').filter({ hasText: 'Atelier Mercier' });
  await expect(row).toBeVisible();
  await page.screenshot({ path: join(ARTIFACTS, 'clients-payments-fr.png'), fullPage: true });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('pays-statement').click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Releve-de-compte_Atelier-Mercier_${day(0)}.pdf`);
  const pdf = join(ARTIFACTS, 'statement-of-account-e2e.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Relevé de compte');
  for (const n of ['R-1', 'R-2', 'R-3']) expect(text).toContain(n);
  expect(text).not.toContain('R-4');
  expect(text).toContain('Total 2 660,50 € 0,00 € 2 660,50 €');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '70',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    join(ARTIFACTS, 'statement-of-account-e2e'),
  ]);
});
