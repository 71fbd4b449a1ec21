/**
 * Procédure européenne de règlement des petits litiges: a sheet with what form A asks,
 * pre-filled, to copy into the form on the European e-Justice portal. The
 * form's parts (Regulation (EC) No 861/2007, art. 4(1) and annex I as replaced by Regulation
 * (EU) 2017/1259; summary by the UIHJ, https://uihj.com/fr/documents-fr/vade-mecum-petits-litiges):
 * 1 court, 2 claimant, 3 defendant, 4 grounds of jurisdiction, 5 cross-border nature, 6 bank
 * details for the court fee, 7 the claim, then its details and evidence, an oral hearing or not,
 * a certificate of the judgment, date and signature. The claim may not exceed 5 000 €,
 * interest, costs and disbursements excluded (art. 2, as amended by Regulation (EU) 2015/2421);
 * the form is filled in the language of the court; not for Denmark (art. 2(3)).
 * French or English, from the client's language.
 */
import { debtorOf, postalCodeOf } from '../../law';
import { amountsTable } from '../amounts-table';
import { invoiceClaims, sumOf } from '../claims';
import { amount, longDate } from '../format';
import { checkInput, DocumentError, type DocumentInput, languageOf, refuseUnderProceedings } from '../input';
import { invoiceCopies, senderLines } from '../letter-parts';
import type { DocumentModel } from '../model';
import { claimFacts, debtorLines, heading, routeDocument, toFill } from './parts';

const T = {
  fr: {
    label: 'Petits litiges européens — formulaire A',
    subtitle: (d: string) =>
      `Fiche de préparation, montants arrêtés au ${d} (règlement (CE) n° 861/2007, art. 4)`,
    over: 'Le règlement européen des petits litiges est limité à 5 000 € hors intérêts, frais et débours (règlement (CE) n° 861/2007, art. 2).',
    denmark: 'Le règlement européen des petits litiges ne s’applique pas au Danemark.',
    domestic:
      'Le débiteur est en France : ce litige n’est pas transfrontalier, la procédure européenne ne s’applique pas.',
    intro:
      'Recopiez ces éléments dans le formulaire A (portail e-Justice européen), dans la langue de la juridiction saisie, et joignez les pièces. Le défendeur recevra une copie et pourra répondre.',
    court: '1. Juridiction',
    courtItems: [
      'La juridiction du lieu où les services ont été fournis (règlement (UE) n° 1215/2012, art. 7(1)(b)) — en France si vous y avez travaillé — ou celle du domicile du défendeur (art. 4).',
    ],
    courtToFill: 'nom et adresse de la juridiction',
    claimant: '2. Demandeur',
    defendant: '3. Défendeur',
    grounds: '4. Compétence',
    groundsText:
      'Cochez le fondement : lieu d’exécution de la prestation de services (art. 7(1)(b)) ou domicile du défendeur (art. 4).',
    crossBorder: '5. Caractère transfrontalier',
    rows: ['Domicile du demandeur', 'Domicile du défendeur', 'Pays de la juridiction'],
    bank: '6. Paiement des frais de justice',
    bankText: 'Demandez d’abord au greffe les frais et les modes de paiement acceptés.',
    claim: '7. Demande',
    principal: 'Montant en principal',
    interest: 'Intérêts (à réclamer en plus, hors plafond)',
    indemnity: 'Indemnité forfaitaire (frais)',
    currency: 'Devise',
    details: 'Détails de la demande',
    evidence: 'Preuves',
    quote: 'Devis signé, bon de commande ou contrat',
    reminders: 'Relances et mise en demeure',
    hearing: 'Audience',
    hearingText:
      'La procédure est écrite ; vous pouvez demander une audience, en la motivant. La juridiction peut la refuser.',
    certificate: 'Certificat et signature',
    certificateText:
      'Demandez le certificat qui permet d’exécuter le jugement dans l’autre État, puis datez et signez le formulaire.',
  },
  en: {
    label: 'European small claims — form A',
    subtitle: (d: string) => `Preparation sheet, amounts as at ${d} (Regulation (EC) No 861/2007, art. 4)`,
    over: 'The European Small Claims Procedure is limited to €5,000, interest, costs and disbursements excluded (Regulation (EC) No 861/2007, art. 2).',
    denmark: 'The European Small Claims Procedure does not apply to Denmark.',
    domestic:
      'The debtor is in France: the case is not cross-border, so the European procedure does not apply.',
    intro:
      'Copy these items into form A (European e-Justice portal), in the language of the court, and attach the exhibits. The defendant will receive a copy and may answer.',
    court: '1. Court',
    courtItems: [
      'The court of the place where the services were provided (Regulation (EU) No 1215/2012, art. 7(1)(b)) — France if you worked there — or that of the defendant’s domicile (art. 4).',
    ],
    courtToFill: 'name and address of the court',
    claimant: '2. Claimant',
    defendant: '3. Defendant',
    grounds: '4. Jurisdiction',
    groundsText:
      'Tick the ground: place of performance of the services (art. 7(1)(b)) or the defendant’s domicile (art. 4).',
    crossBorder: '5. Cross-border nature',
    rows: ['Claimant’s domicile', 'Defendant’s domicile', 'Country of the court'],
    bank: '6. Payment of the court fee',
    bankText: 'Ask the court registry first for the fee and the accepted means of payment.',
    claim: '7. Claim',
    principal: 'Principal amount',
    interest: 'Interest (claimed on top, outside the ceiling)',
    indemnity: 'Fixed indemnity (costs)',
    currency: 'Currency',
    details: 'Details of the claim',
    evidence: 'Evidence',
    quote: 'Signed quote, purchase order or contract',
    reminders: 'Reminders and formal notice',
    hearing: 'Hearing',
    hearingText:
      'The procedure is written; you may ask for a hearing, giving reasons. The court may refuse it.',
    certificate: 'Certificate and signature',
    certificateText:
      'Ask for the certificate that lets the judgment be enforced in the other State, then date and sign the form.',
  },
};

export function europeanSmallClaims(input: DocumentInput): DocumentModel {
  const currency = checkInput(input);
  refuseUnderProceedings(input);
  const lang = languageOf(input);
  const t = T[lang];
  const { settings, asOf, client } = input;
  const country = debtorOf(client).debtor.country;
  if (country === 'FR') throw new DocumentError('route-not-available', t.domestic);
  if (country === 'DK') throw new DocumentError('route-not-available', t.denmark);
  const claims = invoiceClaims(input, asOf);
  const principal = sumOf(claims, 'outstandingCents');
  if (currency === 'EUR' && principal > 500_000) throw new DocumentError('over-small-claims-limit', t.over);
  const money = (c: number) => amount(c, currency, lang);
  return routeDocument(
    t.label,
    input,
    [
      { kind: 'title', text: t.label, subtitle: t.subtitle(longDate(asOf, lang)) },
      { kind: 'paragraph', text: t.intro },
      heading(t.court),
      { kind: 'list', items: [...t.courtItems, toFill(t.courtToFill, lang)] },
      heading(t.claimant),
      { kind: 'paragraph', text: senderLines(settings.identity, lang).join('\n') },
      heading(t.defendant),
      { kind: 'paragraph', text: debtorLines(input).join('\n') },
      heading(t.grounds),
      { kind: 'paragraph', text: t.groundsText },
      heading(t.crossBorder),
      {
        kind: 'fields',
        rows: [
          // A French postal code in the user's address says France; otherwise the user says.
          [
            t.rows[0] ?? '',
            postalCodeOf(settings.identity.address) ? 'FR' : toFill(lang === 'fr' ? 'pays' : 'country', lang),
          ],
          [t.rows[1] ?? '', country],
          [t.rows[2] ?? '', toFill(lang === 'fr' ? 'pays' : 'country', lang)],
        ],
      },
      heading(t.bank),
      { kind: 'paragraph', text: t.bankText },
      heading(t.claim),
      amountsTable(claims, currency, lang),
      {
        kind: 'fields',
        rows: [
          [t.principal, money(principal)],
          [t.interest, money(sumOf(claims, 'interestCents'))],
          [t.indemnity, money(sumOf(claims, 'indemnityCents'))],
          [t.currency, currency],
        ],
      },
      heading(t.details),
      { kind: 'paragraph', text: claimFacts(input, lang) },
      heading(t.evidence),
      {
        kind: 'list',
        items: [...invoiceCopies(claims, lang), t.quote, t.reminders],
      },
      heading(t.hearing),
      { kind: 'paragraph', text: t.hearingText },
      heading(t.certificate),
      { kind: 'paragraph', text: t.certificateText },
    ],
    lang,
  );
}
