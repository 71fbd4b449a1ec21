/**
 * Labels of invoice fields in French, English, German, Dutch, Italian and Spanish, for the
 * layout-aware reading. Each rule has a weight: how surely the label names that field (« Total
 * TTC » surely is the total; a bare « Total » less so). Kinds ending in `Other` take a value
 * away from the real fields (« Date de livraison » is not the issue date). Matching ignores case;
 * overlapping matches keep the longest (see findLabels).
 */
import { words } from './text-labels';
import type { LabelRule } from './text-pairing';

export type LayoutField =
  | 'number'
  | 'numberOther'
  | 'issue'
  | 'due'
  | 'dateOther'
  | 'gross'
  | 'payable'
  | 'net'
  | 'vat'
  | 'paid'
  | 'amountOther'
  | 'buyer'
  | 'seller'
  | 'shipTo';

export type WeightedRule = [LayoutField, RegExp, number];

const w = (field: LayoutField, weight: number, source: string): WeightedRule => [
  field,
  words(source),
  weight,
];

export const LAYOUT_LABELS: WeightedRule[] = [
  // Invoice number.
  w(
    'number',
    1,
    String.raw`(?:facture|avoir|invoice|credit\s+note|\p{L}*rechnung|gutschrift|factuur|creditnota|fattura|nota\s+di\s+credito|factura|abono)(?:\s*\([^)]{1,40}\))*\s*(?:n°|nº|n\.º|no\.?|nr\.?|num(?:[ée]ro|ber|mer|ero)?\.?|#)`,
  ),
  w(
    'number',
    1,
    String.raw`(?:n°|nº|num[ée]ro|no\.?|r[ée]f[ée]rence)\s+(?:de\s+)?(?:la\s+|l')?(?:facture|avoir)|invoice\s+(?:number|id|ref(?:erence)?)`,
  ),
  w(
    'number',
    1,
    String.raw`(?:\p{L}*rechnung|gutschrift|beleg|dokument)s?-?\s*(?:nummer|nr\.?)|factuur(?:nummer|nr\.?)|numero\s+(?:della\s+)?fattura|n\.\s*fattura|n[úu]mero\s+de\s+factura`,
  ),
  // « Rechnung des Versicherers (575) Nr. », « Buchungshilfe - KEINE Rechnung Nr. »: a few words between.
  w(
    'number',
    0.95,
    String.raw`(?:\p{L}*rechnung\p{L}*|gutschrift|facture|avoir|invoice|factuur|fattura|factura)(?:\s+[\p{L}()\d.\-]+){1,4}?\s+(?:nr\.|n°|nº|no\.)`,
  ),
  w('number', 0.8, String.raw`r[ée]f[ée]rence|réf\.|invoice\s+ref\.?|referenz|riferimento|referencia`),
  w(
    'number',
    0.55,
    String.raw`(?:facture|avoir|invoice|credit\s+note|\p{L}*rechnung|gutschrift|factuur|creditnota|fattura|nota\s+di\s+credito|factura|abono)`,
  ),
  w('number', 0.5, String.raw`n°|nº|no\.|nr\.|number|nummer|numéro`),
  // Other numbers of the document: orders, customers, contracts, delivery notes, tax ids.
  w(
    'numberOther',
    1,
    String.raw`(?:bestell|kunden|auftrags?|lieferschein|vertrags|steuer|ust\.?-?id\.?)-?\s*(?:nummer|nr\.?)|(?:n°|nº|no\.?|num[ée]ro)\s+(?:de\s+|du\s+)?(?:bon|commande|client|contrat|tva|siret|siren|rcs|lot|dossier|devis|livraison|r[ée]ception)|(?:order|customer|client|contract|po|purchase\s+order|vat|tax|account)\s+(?:no\.?|number|nr\.?|id|#)|ordernummer|klantnummer|bestelnummer`,
  ),
  // The other side's or our own reference (an order, a file): not the invoice's number.
  w(
    'numberOther',
    1,
    String.raw`(?:votre|vos|notre|nos)\s+r[ée]f[ée]rences?|(?:your|our)\s+ref(?:erence)?\.?|(?:ihre|unsere)\s+(?:referenz|zeichen)|uw\s+referentie|onze\s+referentie|(?:vostro|nostro)\s+riferimento|(?:su|nuestra)\s+referencia`,
  ),
  // Dates.
  w(
    'issue',
    1,
    String.raw`date\s+(?:de\s+(?:la\s+)?)?(?:facture|facturation|l'avoir)|date\s+d'(?:émission|emission|édition)|invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|(?:\p{L}*rechnung|gutschrift|beleg|dokument)s?-?\s*datum|ausstellungsdatum|factuurdatum|data\s+(?:della\s+)?(?:fattura|emissione|documento)|fecha\s+(?:de\s+)?(?:la\s+)?(?:factura|emisi[oó]n|expedici[oó]n)`,
  ),
  w(
    'issue',
    1,
    String.raw`(?:émise?|emise?|établie?|etablie?|éditée?)\s+le|fait\s+le|issued\s+on|ausgestellt\s+am`,
  ),
  w('issue', 0.6, 'date|datum|data|fecha'),
  // « Facture F-12 du 13/11/2017 », « Rechnung 12 vom … »: only right after, in the same cell.
  w('issue', 0.4, 'dated|vom|du|le'),
  w(
    'due',
    1,
    String.raw`(?:date\s+d')?(?:é|e)ch(?:é|e)ance|date\s+limite\s+de\s+(?:paiement|règlement)|(?:à|a)\s+(?:régler|payer)\s+(?:avant\s+le|le)|payable\s+(?:avant\s+le|le|au\s+plus\s+tard\s+le)|due\s+date|payment\s+due(?:\s+date)?|date\s+due|pay(?:able)?\s+by`,
  ),
  w(
    'due',
    1,
    String.raw`fälligkeit(?:sdatum)?|fällig\s+(?:am|bis)|zahlbar\s+bis|zahlungsziel|vervaldatum|uiterste\s+betaaldatum|te\s+betalen\s+voor|(?:data\s+(?:di\s+)?)?scadenza|fecha\s+de\s+vencimiento|vencimiento|date\s+d'exigibilit[ée](?:\s+du\s+paiement)?|exigible\s+le`,
  ),
  w('due', 0.7, 'due|fällig|bis'),
  w(
    'dateOther',
    1,
    String.raw`date\s+(?:de\s+(?:la\s+|l')?|d')(?:livraison|prestation|commande|paiement|réception|exécution|vente|début|debut|fin)|date\s+(?:de\s+)?(?:début|debut|fin)|(?:delivery|order|service|supply|payment)\s+date|liefer(?:-\s+und\s+leistungs)?datum|leistungsdatum|leistungszeitraum|bestelldatum|lieferdatum|leverdatum|data\s+(?:di\s+)?consegna|fecha\s+de\s+entrega|\p{L}+-\s*datum|période|period|zeitraum|skonto|escompte|stand|version`,
  ),
  // References to another invoice (a credit note's original): neither its number nor its date.
  w(
    'dateOther',
    1,
    String.raw`(?:(?:n°|nº|num[ée]ro|date)\s+(?:de\s+)?(?:la\s+)?)?facture\s+(?:associée|associee|précédente|d'origine|initiale|rectifiée|liée|liee|concernée|corrigée|annulée|de\s+r[ée]f[ée]rence)|(?:preceding|original|related)\s+invoice(?:\s+(?:number|no\.?|date))?|ursprungsrechnung|ursprüngliche\s+rechnung|bezug\s+(?:auf|zu)\s+rechnung|korrigierte\s+rechnung`,
  ),
  // Amounts.
  w(
    'gross',
    1,
    String.raw`(?:total|montant)(?:\s+total)?\s+\(?(?:ttc|t\.t\.c\.?|toutes\s+taxes\s+comprises)\)?|total\s+\(?incl(?:uding|\.)?\s+(?:vat|tax(?:es)?)\)?|grand\s+total|invoice\s+total|total\s+amount|amount\s+total|total\s+(?:gross|brut)`,
  ),
  w(
    'gross',
    1,
    String.raw`gesamtbetrag|rechnungsbetrag|bruttobetrag|rechnungssumme|gesamtsumme|endbetrag|summe\s+brutto|brutto(?:summe)?|totaal(?:bedrag)?\s+(?:incl\.?|inclusief)\s+btw|totaalbedrag|totale\s+(?:fattura|documento)|importo\s+totale|total\s+(?:factura|importe)|importe\s+total`,
  ),
  w('gross', 0.6, 'total|totaal|totale|summe|gesamt|montant|amount|betrag'),
  w(
    'payable',
    1,
    String.raw`net\s+(?:à|a)\s+payer|montant\s+(?:restant\s+)?d[ûu]|reste\s+(?:à|a)\s+payer|solde\s+(?:d[ûu]|à\s+payer)|(?:montant|total|somme)\s+(?:à|a)\s+payer|amount\s+due|balance\s+due|total\s+due|amount\s+payable|zahlbetrag|zu\s+zahlen(?:der\s+betrag)?|fälliger\s+betrag|offener\s+betrag|te\s+betalen|netto\s+a\s+pagare|totale\s+da\s+pagare|total\s+a\s+pagar|importe\s+a\s+pagar`,
  ),
  w(
    'net',
    1,
    String.raw`(?:total|montant)\s+\(?(?:ht|h\.t\.?|hors\s+taxes?|net)\)?|sous-total|total\s+(?:excl(?:uding|\.)?|ex\.?|before)\s+(?:vat|tax(?:es)?)|net\s+(?:total|amount)|subtotal|sub-total|nettobetrag|nettosumme|summe\s+netto|(?:rechnungs|gesamt)summe\s+(?:ohne|exkl\.?|netto)\s*(?:ust\.?|mwst\.?)?|positionssumme|warenwert|steuerbasisbetrag|basisbetrag|zwischensumme|subtotaal|totaal\s+excl\.?\s+btw|imponibile|base\s+imponible`,
  ),
  w(
    'vat',
    1,
    String.raw`(?:total|montant)\s+(?:de\s+la\s+)?tva|tva|vat|sales\s+tax|tax|steuerbetrag|umsatzsteuer(?:betrag)?|mwst\.?|ust\.?(?:-betrag)?|btw|iva`,
  ),
  w(
    'paid',
    1,
    String.raw`acompte|déjà\s+(?:payé|réglé|versé)|already\s+paid|prepaid(?:\s+amount)?|paid\s+amount|amount\s+paid|deposit|anzahlung|vorauszahlung|bereits\s+(?:gezahlt|bezahlt)|erhaltene\s+anzahlung|aanbetaling|acconto|anticipo`,
  ),
  w(
    'amountOther',
    1,
    String.raw`prix\s+unitaire|p\.u\.|unit\s+price|einzelpreis|nettopreis|remise|rabatt|discount|zuschl(?:ä|a)ge?|abschl(?:ä|a)ge?|capital(?:\s+social)?|indemnité|skonto|escompte`,
  ),
  // Parties: a label only when it is the whole cell or ends with a colon (see layout-parties).
  w(
    'buyer',
    1,
    String.raw`adresse\s+(?:du\s+client|client|de\s+facturation)|billing\s+address|invoice\s+address|customer\s+address|rechnungsanschrift|indirizzo\s+di\s+fatturazione|direcci[oó]n\s+de\s+facturaci[oó]n|factur(?:é|e|er)\s+à|adress(?:é|e)e?\s+à|client(?:e)?|destinataire|acheteur|acquéreur|bill(?:ed)?\s+to|invoice(?:d)?\s+to|sold\s+to|customer|buyer|käufer(?:\s*/\s*leistungsempfänger)?|kunde|rechnungsempfänger|rechnungsadresse|empfänger|klant|factuuradres|spett\.le|destinatario|facturar\s+a|comprador`,
  ),
  w(
    'seller',
    1,
    'émetteur|fournisseur|vendeur|prestataire|from|seller|supplier|vendor|verkäufer|lieferant|rechnungssteller|leverancier|verkoper|fornitore|cedente|venditore|proveedor|vendedor|emisor',
  ),
  // The delivery address: another party's block, neither the buyer nor a name.
  w(
    'shipTo',
    1,
    String.raw`adresse\s+de\s+livraison|livr(?:é|e|er)\s+à|lieu\s+de\s+livraison|ship(?:ped)?\s+to|deliver(?:y|ed)\s+(?:address|to)|liefer(?:adresse|anschrift)|lieferung\s+an|leveradres|afleveradres|indirizzo\s+di\s+consegna|direcci[oó]n\s+de\s+entrega`,
  ),
];

/** The rules as plain label rules (kind + pattern), for findLabels. */
export const LABEL_RULES: LabelRule<string>[] = LAYOUT_LABELS.map(([f, re], i) => [`${f}:${i}`, re]);
