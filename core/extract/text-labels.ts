/**
 * The labels invoices put before their dates and amounts, in French, English and German.
 * Text is normalised before matching (one kind of space and apostrophe, see text.ts), and
 * matching ignores case. A label of kind `other` is there to take its value away from the
 * others: « Date de livraison » must not give the issue date, « Total HT » not the total.
 */
import type { LabelRule } from './text-pairing';

/** Whole words only; JS's \b knows no accented letters, so we spell the boundary out. */
export function words(source: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}])`, 'giu');
}

export type DateLabel = 'issue' | 'due' | 'other';

const TOKEN = String.raw`[\p{L}\d][\p{L}\d\-/._]*`;

export const DATE_LABELS: LabelRule<DateLabel>[] = [
  [
    'issue',
    words(
      String.raw`date\s+(?:de\s+(?:la\s+)?)?(?:facture|facturation)|date\s+d'(?:émission|emission|édition|edition)`,
    ),
  ],
  ['issue', words(String.raw`(?:émise?|emise?|établie?|etablie?|éditée?)\s+le|fait\s+le`)],
  [
    'issue',
    words(
      String.raw`invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|date\s+issued|issued(?:\s+on)?|dated`,
    ),
  ],
  ['issue', words(String.raw`rechnungsdatum|ausstellungsdatum|belegdatum|datum|rechnung\s+vom`)],
  ['issue', words(String.raw`date(?!\s+(?:(?:de|du|des|limite|of|due)(?!\p{L})|d'))`)],
  // « Facture n° F-12 du 13/11/2017 », "Invoice INV-7 dated 13 Nov 2017", « Rechnung 12 vom … ».
  [
    'issue',
    words(
      String.raw`(?:facture|avoir|invoice|credit\s+note|rechnung|gutschrift)(?:\s*(?:n°|nº|no\.?|nr\.?|#|number|nummer|numéro)\s*[:.]?)?\s*(?:${TOKEN}\s+)?(?:du|dated|vom|of)`,
    ),
  ],
  // « Paris, le 13 novembre 2017 »
  ['issue', /(?<=\p{L}),\s+le(?!\p{L})/giu],
  [
    'due',
    words(
      String.raw`(?:date\s+d')?(?:é|e)ch(?:é|e)ance(?:\s+(?:le|au))?|date\s+limite\s+de\s+(?:paiement|règlement|reglement)`,
    ),
  ],
  [
    'due',
    words(
      String.raw`(?:à|a)\s+(?:régler|regler|payer|acquitter)\s+(?:avant\s+le|au\s+plus\s+tard\s+le|le|d'ici\s+le|avant)|(?:payable|exigible|réglable)\s+(?:avant\s+le|au\s+plus\s+tard\s+le|le|avant|jusqu'au)|au\s+plus\s+tard\s+le`,
    ),
  ],
  [
    'due',
    words(
      String.raw`due\s+date|date\s+due|payment\s+due(?:\s+(?:date|on|by))?|(?<!(?:amount|balance|total|now|past|over)\s)due(?:\s+(?:on|by))?|pay(?:ment)?\s+(?:by|before)|payable\s+(?:by|on|before)`,
    ),
  ],
  [
    'due',
    words(
      String.raw`fälligkeit(?:sdatum)?|fällig(?:\s+(?:am|bis(?:\s+zum)?|zum))?|zahlbar\s+bis(?:\s+(?:zum|spätestens))?|zahlungsziel|zahlungsfrist|bitte\s+(?:überweisen|zahlen)\s+sie\s+(?:den\s+betrag\s+)?bis(?:\s+zum)?`,
    ),
  ],
  [
    'other',
    words(
      String.raw`date\s+(?:de\s+(?:la\s+|l')?|d')(?:livraison|prestation|commande|paiement|règlement|reglement|réception|reception|exécution|execution|vente|début|debut|fin)|date\s+de\s+(?:la\s+)?facture\s+(?:associée|associee|précédente|precedente|d'origine|initiale)|période|periode|period`,
    ),
  ],
  [
    'other',
    words(
      String.raw`(?:delivery|order|service|payment|supply)\s+date|date\s+of\s+(?:supply|delivery|service|order)|paid\s+on|lieferdatum|leistungsdatum|leistungszeitraum|bestelldatum|zeitraum|lieferung\s+vom|bezahlt\s+am|payé\s+le|réglé\s+le`,
    ),
  ],
];

export type AmountLabel = 'due' | 'gross' | 'total' | 'net' | 'other';

export const AMOUNT_LABELS: LabelRule<AmountLabel>[] = [
  [
    'due',
    words(
      String.raw`net\s+(?:à|a)\s+payer|montant\s+(?:restant\s+)?d[ûu]|reste\s+(?:à|a)\s+(?:payer|régler)|reste\s+d[ûu]|solde\s+(?:d[ûu]|à\s+payer|restant)|(?:montant|total|somme)\s+(?:à|a)\s+(?:payer|régler|regler)`,
    ),
  ],
  [
    'due',
    words(
      String.raw`amount\s+due|balance\s+due|total\s+due|(?:amount|total)\s+payable|balance\s+(?:outstanding|to\s+pay)|amount\s+to\s+pay|outstanding\s+(?:amount|balance)`,
    ),
  ],
  [
    'due',
    words(
      String.raw`zahlbetrag|zahlungsbetrag|zu\s+zahlen(?:der\s+betrag)?|offener\s+betrag|restbetrag|noch\s+zu\s+zahlen|fälliger\s+betrag`,
    ),
  ],
  [
    'gross',
    words(
      String.raw`(?:total|montant)(?:\s+total)?\s+\(?(?:ttc|t\.t\.c\.?|toutes\s+taxes\s+comprises)\)?|(?:grand\s+)?total\s+\(?(?:incl(?:uding|\.)?|inc\.?)\s+(?:vat|tax(?:es)?)\)?|grand\s+total|invoice\s+total|total\s+amount|amount\s+total`,
    ),
  ],
  [
    'gross',
    words(
      String.raw`gesamtbetrag|rechnungsbetrag|bruttobetrag|endbetrag|gesamtsumme|rechnungssumme|(?:summe|gesamt|total)\s+brutto|bruttosumme`,
    ),
  ],
  // A bare « Total » heading a column of line totals is not the invoice total: the generic word
  // counts only with a figure after it on its own line.
  ['total', words(String.raw`(?:total|montant(?:\s+total)?|summe|betrag|amount)(?=[^\n]{0,80}\d)`)],
  [
    'net',
    words(
      String.raw`(?:total|montant)\s+\(?(?:ht|h\.t\.?|hors\s+taxes?|net)\)?|total\s+(?:excl(?:uding|\.)?|ex\.?|before)\s+(?:vat|tax(?:es)?)|net\s+(?:total|amount)|nettobetrag|nettosumme|(?:summe|gesamt)\s+netto|subtotal|sub-total|sous-total|zwischensumme`,
    ),
  ],
  [
    'other',
    words(
      String.raw`(?:total|montant)\s+(?:de\s+la\s+)?(?:tva|vat|tax|mwst)|tva|vat|tax|mwst|ust|umsatzsteuer|mehrwertsteuer|acompte|(?:montant\s+)?déjà\s+(?:payé|réglé|versé)|already\s+paid|prepaid(?:\s+amount)?|deposit|anzahlung|bereits\s+(?:gezahlt|bezahlt)`,
    ),
  ],
  [
    'other',
    words(
      String.raw`prix\s+unitaire|p\.u\.(?:\s+ht)?|unit\s+price|einzelpreis|remise|discount|rabatt|escompte|indemnité\s+forfaitaire|capital(?:\s+social)?|au\s+capital\s+de`,
    ),
  ],
];
