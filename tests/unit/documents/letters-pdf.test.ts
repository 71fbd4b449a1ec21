/**
 * Every letter, generated to PDF and read back with `pdftotext -layout`: each mandatory
 * mention and each amount must come out exactly as a reader would type it, in French and in
 * English, with no character lost (no « ? », no mojibake, « 1 500,00 € » with plain spaces).
 */
import { describe, expect, it } from 'vitest';
import {
  buildClaimDeclarationPdf,
  buildFormalNoticePdf,
  buildPaymentPlanPdf,
  buildReminderLetterPdf,
  equalInstallments,
} from '../../../core/documents';
import { computePenalties } from '../../../core/law';
import * as S from '../../fixtures/documents/samples';
import { flat, garbled, pdfText } from './pdf-text';

/** Text with every run of whitespace collapsed, so that wrapped sentences read in one piece. */
function read(bytes: Uint8Array): string {
  const text = pdfText(bytes);
  expect(garbled(text)).toEqual([]);
  expect(text).not.toMatch(/[\u00a0\u202f]/);
  return flat(text).replace(/\s+/g, ' ');
}

function expectAll(text: string, phrases: string[]): void {
  for (const p of phrases) expect(text, p).toContain(p);
}

describe('the formal notice, read back from the PDF', () => {
  it('a pro client 47 days late on 1 500 € is summoned to pay 1 563,47 € with every mention', () => {
    const law = computePenalties({
      clientKind: 'pro',
      amountDueCents: 150_000,
      dueDate: '2026-02-14',
      asOf: '2026-04-02',
    });
    expect(law.interestCents).toBe(2347);
    const file = buildFormalNoticePdf(S.acmeInput);
    expect(file.fileName).toBe('Mise-en-demeure_F-2026-001_Acme-Oeuvres-SAS.pdf');
    const text = read(file.bytes);
    expectAll(text, [
      'Camille Lefèvre',
      'Lefèvre Études & Conseil',
      'SIREN 812 345 678',
      'Acmé Œuvres SAS',
      '8 avenue de l’Europe',
      '92400 Courbevoie',
      'Fait à Lyon, le 2 avril 2026',
      'Lettre recommandée avec accusé de réception',
      'Objet : Mise en demeure de payer',
      'facture n° F-2026-001',
      'votre SIREN : 532 987 654',
      'n° F-2026-001 15/01/2026 14/02/2026 1 500,00 € 1 500,00 €',
      '16/02/2026 Relance par e-mail',
      '23/02/2026 Appel téléphonique : promesse de règlement au 02/03/2026, non tenue',
      '09/03/2026 Lettre simple',
      'Sommes dues au 2 avril 2026',
      'Principal (reste dû) 1 500,00 €',
      'Pénalités de retard du 15/02/2026 au 02/04/2026 : 47 jours à 23,47 €',
      '12,15 % (BCE 2,15 % + 10 points) sur 1 500,00 €',
      'taux BCE + 10 points, C. com. art. L441-10 II',
      'C. com. art. L441-10 II et D441-5 40,00 €',
      'Total réclamé 1 563,47 €',
      'je vous mets en demeure de me régler la somme de 1 563,47 € dans un délai de 8 jours à compter de la réception de la présente lettre.',
      'sans qu’un rappel soit nécessaire',
      // Courbevoie (92): the tribunal des activités économiques de Nanterre (issue #15).
      'le président du tribunal des activités économiques de Nanterre d’une requête en injonction de payer',
      'C. civ. art. 1219 et 1220',
      'IBAN FR76 3000 6000 0112 3456 7890 189',
      'BIC AGRIFRPP',
      'Référence à indiquer F-2026-001',
      'Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.',
      'Consultante — Lefèvre Études & Conseil',
      'Pièces jointes : • Copie de la facture n° F-2026-001 du 15/01/2026',
    ]);
  });

  it('two invoices of one client, one partly paid, are claimed in one letter with 40 € each', () => {
    const text = read(buildFormalNoticePdf(S.acmeTwoInput).bytes);
    expectAll(text, [
      'factures n° F-2026-001, F-2026-007',
      'n° F-2026-007 01/02/2026 03/03/2026 4 200,00 € 3 000,00 €',
      'Total 4 500,00 €',
      '16/02/2026 Relance par e-mail F-2026-001',
      '09/03/2026 Relance par e-mail F-2026-007',
      'sur 4 200,00 €',
      'sur 3 000,00 €',
      'Référence à indiquer F-2026-001, F-2026-007',
    ]);
    expect(text.match(/D441-5 40,00 €/g)).toHaveLength(2);
  });

  it('a particulier: interest at the legal rate runs from receipt, no 40 €, tribunal judiciaire', () => {
    const text = read(buildFormalNoticePdf(S.martinInput).bytes);
    expectAll(text, [
      'Mme Hélène Martin',
      'Intérêts de retard courent à compter de la réception de la présente 0,00 €',
      'mise en demeure, au taux légal (2,62 % l’an)',
      'C. civ. art. 1231-6 et 1344-1',
      'Total réclamé 850,00 €',
      'la somme de 850,00 €',
      'fait courir, à compter de sa réception et jusqu’au complet paiement, les intérêts au taux légal',
      'le président du tribunal judiciaire compétent d’une requête en injonction de payer',
    ]);
    expect(text).not.toContain('D441-5');
    expect(text).not.toContain('tribunal de commerce');
  });

  it('gives the delay the settings say, counted from receipt', () => {
    const input = { ...S.acmeInput, settings: { ...S.settings, formalNoticeDelayDays: 15 } };
    expect(read(buildFormalNoticePdf(input).bytes)).toContain(
      'dans un délai de 15 jours à compter de la réception',
    );
  });

  it('in English for an English-speaking client, legal references kept French', () => {
    const file = buildFormalNoticePdf(S.globexInput);
    expect(file.fileName).toBe('Formal-notice_INV-042_Globex-Ltd.pdf');
    const text = read(file.bytes);
    expectAll(text, [
      'Lyon, 2 April 2026',
      'Registered letter with acknowledgement of receipt (lettre recommandée avec accusé de réception)',
      'Subject: Formal notice to pay (mise en demeure de payer)',
      'no. INV-042 15 Jan 2026 14 Feb 2026 €2,500.00 €2,500.00',
      '5 Mar 2026 Registered letter no. 1A23456789012',
      '15 Feb 2026 to 2 Apr 2026: 47 days at 12.15% €39.11',
      'C. com. art. L441-10 II and D441-5 €40.00',
      'I hereby give you formal notice to pay me the sum of €2,579.11 within 8 days of receipt of this letter.',
      // A UK debtor: no French commercial court promised (outside the EU since 2021).
      'I will bring proceedings for payment before the court having jurisdiction',
      'Reference to quote INV-042',
      'Yours faithfully,',
    ]);
    expect(text).not.toContain('Commercial Court');
  });
});

describe('the other letters, read back from the PDF', () => {
  it('the reminder letter cites the invoices, the earlier reminders and what the delay costs', () => {
    const file = buildReminderLetterPdf(S.acmeTwoInput);
    expect(file.fileName).toBe('Relance_F-2026-001-et-1-autre_Acme-Oeuvres-SAS.pdf');
    const text = read(file.bytes);
    expectAll(text, [
      'Objet : Relance pour factures n° F-2026-001, F-2026-007 impayées',
      'Ce courrier fait suite à mes relances du 16/02/2026, 23/02/2026 et 09/03/2026.',
      'procéder sans tarder au règlement de la somme de 4 500,00 €',
      'l’indemnité forfaitaire pour frais de recouvrement (80,00 €, C. com. art. D441-5)',
    ]);
    expect(text).not.toContain('Lettre recommandée');
    const en = read(buildReminderLetterPdf(S.globexInput).bytes);
    expectAll(en, [
      'Subject: Reminder — invoice no. INV-042 unpaid',
      'settle the sum of €2,500.00',
      'the fixed recovery fee (€40.00',
    ]);
  });

  it('the payment plan lists installments that add up to the debt, the default clause and both signatures', () => {
    const installments = equalInstallments(450_000, 4, '2026-04-15');
    const file = buildPaymentPlanPdf({ ...S.acmeTwoInput, installments });
    expect(file.fileName).toBe('Echeancier_F-2026-001-et-1-autre_Acme-Oeuvres-SAS.pdf');
    const text = read(file.bytes);
    expectAll(text, [
      'Échéancier de paiement',
      'ci-après « le créancier »',
      'ci-après « le débiteur »',
      'Le débiteur reconnaît devoir au créancier la somme de 4 500,00 €',
      '1 15/04/2026 1 125,00 €',
      '4 15/07/2026 1 125,00 €',
      'Total 4 500,00 €',
      'la totalité du solde restant dû devient immédiatement exigible',
      'le créancier reprend ses démarches de recouvrement',
      'C. civ. art. 2240',
      'Fait à Lyon, le 2 avril 2026, en deux exemplaires originaux.',
      'Le créancier Le débiteur',
      'Camille Lefèvre Acmé Œuvres SAS',
    ]);
    const en = read(
      buildPaymentPlanPdf({ ...S.globexInput, installments: equalInstallments(250_000, 3, '2026-04-30') })
        .bytes,
    );
    expectAll(en, [
      'Payment plan agreement',
      '€833.33',
      '€833.34',
      'the whole remaining balance becomes due immediately',
    ]);
  });

  it('the claim declaration states the amounts at the opening judgment and the BODACC + 2 months deadline', () => {
    const law = computePenalties({
      clientKind: 'pro',
      amountDueCents: 320_000,
      dueDate: '2025-12-31',
      asOf: '2026-03-12',
    });
    const file = buildClaimDeclarationPdf({
      ...S.initechInput,
      representative: S.mandataire,
      openingJudgmentDate: '2026-03-12',
    });
    expect(file.fileName).toBe('Declaration-de-creance_F-2025-118_Initech-SARL.pdf');
    const text = read(file.bytes);
    expectAll(text, [
      'SELARL Mandataires Associés — Me Paul Girard',
      'Objet : Déclaration de créance — Initech SARL (SIREN 441 122 334)',
      'procédure de redressement judiciaire ouverte le 12/03/2026, publiée au BODACC le 20/03/2026',
      'articles L622-24, L631-14 et R622-24 du Code de commerce',
      'qui expire le 20 mai 2026.',
      `Montant de la créance au 12 mars 2026`,
      `3 200,00 € ${(law.interestCents / 100).toFixed(2).replace('.', ',')} € 40,00 €`,
      'Total déclaré',
    ]);
  });
});
