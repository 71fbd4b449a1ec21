/**
 * Copy for the late-charges invoice and the written confirmation of a phone promise (issue
 * #14). Its own pair, loaded with the action panels only, so the popup's first paint is untouched.
 * Day counts go through Intl.PluralRules (`late.one` / `late.other`).
 */
import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { LanguageContext, translateWith } from '../i18n/base';

export const lawFr = {
  'late.open': 'Pénalités de retard',
  'late.title': 'Facture de pénalités de retard',
  'late.summary': 'Payée le {date}, {late} après l’échéance. Le retard rend exigibles :',
  'late.one': '{count} jour',
  'late.other': '{count} jours',
  'late.interest': 'intérêts de retard',
  'late.indemnity': 'indemnité forfaitaire pour frais de recouvrement',
  'late.number': 'Numéro de cette facture',
  'late.numberHint': 'Le numéro suivant de votre série de factures (numérotation continue).',
  'late.numberMissing': 'Indiquez le numéro de la facture de pénalités.',
  'late.pdf': 'Télécharger la facture de pénalités (PDF)',
  'late.mail': 'Écrire l’e-mail qui l’accompagne',
  'late.mailHint': 'Joignez-y le PDF téléchargé.',
  'late.none':
    'Rien n’est dû pour le retard : facture payée à temps, particulier sans mise en demeure, ou procédure collective.',
  'rate.clientLegend': 'Taux des pénalités convenu avec ce client',
  'rate.clientNone': 'Rien de convenu (taux de la facture, sinon celui des réglages)',
  'rate.invoiceTitle': 'Taux indiqué sur la facture',
  'rate.invoiceNone': 'Rien d’indiqué (taux du client ou des réglages, sinon le taux légal)',
  'rate.save': 'Enregistrer le taux',
  'rate.saved': 'Taux enregistré : les pénalités sont recalculées.',
  'rate.invalid': 'Indiquez un nombre valable pour ce taux.',
  'enclosures.label': 'Autres pièces jointes, une par ligne',
  'enclosures.hint':
    'Devis ou contrat signé, conditions générales de vente, échanges où le client accepte la prestation.',
  'confirm.open': 'Confirmer la promesse par écrit',
  'confirm.saveAndOpen': 'Enregistrer et confirmer par écrit',
  'confirm.promised': 'Promesse de paiement pour le {date}.',
  'confirm.hint': 'Un e-mail court qui reprend la date promise : il fait foi si le paiement ne vient pas.',
};

export const lawEn: typeof lawFr = {
  'late.open': 'Late-payment charges',
  'late.title': 'Late-payment charges invoice',
  'late.summary': 'Paid on {date}, {late} after the due date. The delay makes these payable:',
  'late.one': '{count} day',
  'late.other': '{count} days',
  'late.interest': 'late-payment interest',
  'late.indemnity': 'fixed recovery fee',
  'late.number': 'Number of this invoice',
  'late.numberHint': 'The next number in your invoice sequence (numbering must be continuous).',
  'late.numberMissing': 'Enter the number of the late-charges invoice.',
  'late.pdf': 'Download the late-charges invoice (PDF)',
  'late.mail': 'Write the e-mail that goes with it',
  'late.mailHint': 'Attach the downloaded PDF.',
  'late.none':
    'Nothing is owed for the delay: paid on time, a consumer without formal notice, or insolvency proceedings.',
  'rate.clientLegend': 'Late-payment rate agreed with this client',
  'rate.clientNone': 'Nothing agreed (the invoice’s rate, else the settings’ one)',
  'rate.invoiceTitle': 'Rate stated on the invoice',
  'rate.invoiceNone': 'Nothing stated (the client’s or the settings’ rate, else the legal rate)',
  'rate.save': 'Save the rate',
  'rate.saved': 'Rate saved: the penalties are computed again.',
  'rate.invalid': 'Enter a valid figure for this rate.',
  'enclosures.label': 'Other enclosures, one per line',
  'enclosures.hint': 'Signed quote or contract, terms of sale, messages where the client accepts the work.',
  'confirm.open': 'Confirm the promise in writing',
  'confirm.saveAndOpen': 'Save and confirm in writing',
  'confirm.promised': 'Payment promised for {date}.',
  'confirm.hint': 'A short e-mail restating the promised date: it is evidence if the payment does not come.',
};

export type LawKey = keyof typeof lawFr;
const books: Record<Language, Record<LawKey, string>> = { fr: lawFr, en: lawEn };

/** The translator, and « 12 jours » / "1 day" through Intl.PluralRules. */
export function useLawT() {
  const lang = useContext(LanguageContext);
  const t = translateWith(books[lang]);
  const days = (count: number) =>
    t(new Intl.PluralRules(lang).select(count) === 'one' ? 'late.one' : 'late.other', { count });
  return { t, lang, days };
}
