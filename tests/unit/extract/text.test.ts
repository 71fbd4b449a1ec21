import { describe, expect, it } from 'vitest';
import { ExtractedInvoiceSchema } from '../../../core/extract/schema';
import { extractFromText } from '../../../core/extract/text';
import type { ExtractedInvoice } from '../../../core/extract/types';

/** The values found, without their source, and only the non-null ones. */
function found(text: string): Record<string, unknown> {
  const result = extractFromText(text);
  ExtractedInvoiceSchema.parse(result);
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(result) as [
    keyof ExtractedInvoice,
    { value: unknown } | null,
  ][]) {
    if (field) out[key] = field.value;
  }
  return out;
}

describe('extractFromText: invoice numbers', () => {
  it.each([
    ['Facture n° F-2026-001', 'F-2026-001'],
    ['Facture F-2026-001', 'F-2026-001'],
    ['FACTURE N° : F20260023', 'F20260023'],
    ['Facture N°2026-014 du 3 février 2026', '2026-014'],
    ['Votre facture FA2026/0042 est disponible', 'FA2026/0042'],
    ['N° de facture : 2026-0007', '2026-0007'],
    ['Numéro de facture\nF-2026-118', 'F-2026-118'],
    ['Facture numéro 42', '42'],
    ["Facture d'acompte n° FA-12", 'FA-12'],
    ['Invoice INV-1042', 'INV-1042'],
    ['Invoice #1042', '1042'],
    ['Invoice No. 2017-0113', '2017-0113'],
    ['Invoice number: INV/2026/07', 'INV/2026/07'],
    ['Your invoice #A-553 from Acme Ltd is due', 'A-553'],
    ['Rechnungsnummer: RE-2026-001', 'RE-2026-001'],
    ['Rechnung Nr. 2026-117 vom 13.11.2017', '2026-117'],
    ['Rechnungs-Nr.: 4711', '4711'],
    ['Gutschrift Nr. GS-0003', 'GS-0003'],
    ['Avoir n° AV-2026-003', 'AV-2026-003'],
  ])('%j → %s', (text, number) => {
    expect(found(text).number).toBe(number);
  });

  it.each([
    'Facture du 13/11/2017',
    'Invoice date: 13/11/2017',
    'Facture de 1 500,00 €',
    'Merci de régler la facture rapidement',
    'Invoice 2026',
    'N° TVA intracommunautaire : FR12345678901',
    'Commande n° 12345',
  ])('finds no number in %j', (text) => {
    expect(found(text).number).toBeUndefined();
  });
});

describe('extractFromText: dates', () => {
  it.each([
    ['Date : 13/11/2017', '2017-11-13'],
    ['Date de facture : 13 novembre 2017', '2017-11-13'],
    ["Date d'émission : 1er mars 2026", '2026-03-01'],
    ['Facture n° F-12 du 13.11.2017', '2017-11-13'],
    ['Paris, le 13 novembre 2017', '2017-11-13'],
    ['Invoice date: 2017-11-13', '2017-11-13'],
    ['Invoice date: November 13, 2017', '2017-11-13'],
    ['Date of issue 13 Nov 2017', '2017-11-13'],
    ['Invoice INV-7 dated 13th Nov. 2017', '2017-11-13'],
    ['Invoice date: 11/13/2017', '2017-11-13'],
    ['Rechnungsdatum: 13.11.2017', '2017-11-13'],
    ['Datum: 13. November 2017', '2017-11-13'],
    ['Rechnung Nr. 12 vom 3. März 2026', '2026-03-03'],
    ['Date : 13/11/17', '2017-11-13'],
  ])('issue date in %j', (text, date) => {
    expect(found(text).issueDate).toBe(date);
  });

  it.each([
    ['Échéance : 15/03/2026', '2026-03-15'],
    ["Date d'échéance : 15 mars 2026", '2026-03-15'],
    ['À régler avant le 15/03/2026', '2026-03-15'],
    ['Date limite de paiement : 15.03.2026', '2026-03-15'],
    ['Merci de procéder au paiement au plus tard le 15 mars 2026.', '2026-03-15'],
    ['Due date: March 15, 2026', '2026-03-15'],
    ['Payment due: 15 Mar 2026', '2026-03-15'],
    ['Please pay by 2026-03-15', '2026-03-15'],
    ['Fällig am 15.03.2026', '2026-03-15'],
    ['Zahlbar bis 15.03.2026 ohne Abzug', '2026-03-15'],
    ['Fälligkeitsdatum: 15. März 2026', '2026-03-15'],
  ])('due date in %j', (text, date) => {
    expect(found(text).dueDate).toBe(date);
  });

  it('reads a header row of labels and the row of values under it', () => {
    const r = found('Date de facture Date d’échéance Montant\n13/11/2017 13/12/2017 1 500,00 €');
    expect(r.issueDate).toBe('2017-11-13');
    expect(r.dueDate).toBe('2017-12-13');
  });

  it('does not give a due date that is not stated', () => {
    const r = found('Date : 13/11/2017\nÉchéance : 30 jours fin de mois\nDate de livraison : 20/11/2017');
    expect(r.issueDate).toBe('2017-11-13');
    expect(r.dueDate).toBeUndefined();
    expect(r.paymentTerms).toBe('Échéance : 30 jours fin de mois');
  });

  it('does not take a delivery date, a period or an impossible date for the issue date', () => {
    expect(found('Date de livraison : 20/11/2017').issueDate).toBeUndefined();
    expect(found('Période du 01/11/2017 au 30/11/2017').issueDate).toBeUndefined();
    expect(found('Date : 31/02/2026').issueDate).toBeUndefined();
    expect(found('Delivery date: 13 Nov 2017').issueDate).toBeUndefined();
  });
});

describe('extractFromText: amounts and currency', () => {
  it.each([
    ['Total TTC : 1 500,00 €', 150000, 'EUR'],
    ['Total TTC 1\u202f500,00\u00a0€', 150000, 'EUR'],
    ['Montant TTC : 1.500,00 EUR', 150000, 'EUR'],
    ['Total: €1,500.00', 150000, 'EUR'],
    ['Total amount EUR 1500', 150000, 'EUR'],
    ['Grand total $2,340.50', 234050, 'USD'],
    ['Total (incl. VAT) £980.00', 98000, 'GBP'],
    ['Gesamtbetrag: 1.190,00 €', 119000, 'EUR'],
    ['Total : 1 500 euros', 150000, 'EUR'],
    ['Total CHF 3’250.00', 325000, 'CHF'],
  ])('total in %j', (text, cents, currency) => {
    const r = found(text);
    expect(r.totalCents).toBe(cents);
    expect(r.currency).toBe(currency);
  });

  it('prefers the total including tax over lines, subtotal and VAT', () => {
    const r = found(
      [
        'Désignation Qté P.U. HT Total HT',
        'Développement web 10 450,00 € 4 500,00 €',
        'Recette 2 300,00 € 600,00 €',
        'Total HT 5 100,00 €',
        'TVA 20 % 1 020,00 €',
        'Total TTC 6 120,00 €',
      ].join('\n'),
    );
    expect(r.totalCents).toBe(612000);
    expect(r.amountDueCents).toBeUndefined();
  });

  it('separates the total from what is left to pay after a deposit', () => {
    const r = found('Total TTC 1 800,00 €\nAcompte versé -500,00 €\nNet à payer 1 300,00 €');
    expect(r.totalCents).toBe(180000);
    expect(r.amountDueCents).toBe(130000);
  });

  it.each([
    ['Net à payer : 1 500,00 €', 150000],
    ['Montant dû : 1 500,00 €', 150000],
    ['Reste à payer 1 500,00 €', 150000],
    ['Amount due: $1,500.00', 150000],
    ['Balance due €1,500.00', 150000],
    ['Zahlbetrag 1.500,00 EUR', 150000],
  ])('amount due in %j (also the total when no other is given)', (text, cents) => {
    const r = found(text);
    expect(r.amountDueCents).toBe(cents);
    expect(r.totalCents).toBe(cents);
  });

  it('takes « Total HT » as the total only when VAT does not apply (micro-entrepreneur)', () => {
    expect(found('Total HT 1 500,00 €\nTVA 20 % 300,00 €').totalCents).toBeUndefined();
    const micro = found('Total HT 1 500,00 €\nTVA non applicable, art. 293 B du CGI');
    expect(micro.totalCents).toBe(150000);
  });

  it('reads the amount of a short email', () => {
    expect(found("Votre facture F-2026-001 d'un montant de 1 500,00 € est disponible.").totalCents).toBe(
      150000,
    );
    expect(found('Rechnung RE-7 über 2.380,00 € im Anhang').totalCents).toBe(238000);
    expect(found('Please find attached invoice INV-12 for $450.00.').totalCents).toBe(45000);
  });

  it('does not take a percentage, a SIRET, a phone number or a date for money', () => {
    const r = found('SIRET 123 456 789 00012\nTél. 01 23 45 67 89\nTVA 20,00 %\nDate 13.11.2017');
    expect(r.totalCents).toBeUndefined();
    expect(r.currency).toBeUndefined();
  });

  it('gives the currency named alone in the text when amounts carry none', () => {
    const r = found('Montants en EUR\nTotal TTC 1 500,00');
    expect(r.totalCents).toBe(150000);
    expect(r.currency).toBe('EUR');
  });
});

describe('extractFromText: terms, penalties, indemnity', () => {
  it.each([
    ['Conditions de paiement : payable à 30 jours', 'Conditions de paiement : payable à 30 jours'],
    ['Paiement à 45 jours fin de mois', 'Paiement à 45 jours fin de mois'],
    ['Règlement à réception de facture', 'Règlement à réception'],
    ['Payment terms: Net 30', 'Net 30'],
    ['Payment is due within 14 days of the invoice date', 'due within 14 days of the invoice date'],
    ['Zahlbar innerhalb von 14 Tagen netto', 'Zahlbar innerhalb von 14 Tagen netto'],
    ['Zahlbar sofort ohne Abzug', 'Zahlbar sofort ohne Abzug'],
  ])('payment terms in %j', (text, terms) => {
    expect(found(text).paymentTerms).toBe(terms);
  });

  it('reads a stated penalty rate, and no rate from a reference plus a margin', () => {
    const stated = found('Pénalités de retard : taux annuel de 10 %.\nTVA non applicable');
    expect(stated.penaltyClause).toBe('Pénalités de retard : taux annuel de 10 %.');
    expect(stated.penaltyRatePercent).toBe(10);
    const monthly = found('En cas de retard, des pénalités de 1,5 % par mois seront appliquées.');
    expect(monthly.penaltyRatePercent).toBe(18);
    const ecb = found(
      'Tout retard de paiement entraîne des pénalités au taux de la BCE majoré de 10 points de pourcentage, et une indemnité forfaitaire pour frais de recouvrement de 40 €.',
    );
    expect(ecb.penaltyClause).toMatch(/^Tout retard/);
    expect(ecb.penaltyRatePercent).toBeUndefined();
    expect(ecb.mentionsIndemnity).toBe(true);
    const legal = found(
      "Tout retard de paiement engendre une pénalité exigible à compter de la date d'échéance, calculée sur la base de trois fois le\ntaux d'intérêt légal.",
    );
    expect(legal.penaltyClause).toContain('trois fois le taux');
    expect(legal.penaltyRatePercent).toBeUndefined();
  });

  it('reads English and German penalty wording', () => {
    expect(found('Late payment interest of 8% per annum will be charged.').penaltyRatePercent).toBe(8);
    const de = found(
      'Bei Zahlungsverzug berechnen wir Verzugszinsen in Höhe von 9 Prozentpunkten über dem Basiszinssatz sowie eine Pauschale von 40 Euro.',
    );
    expect(de.penaltyClause).toBeDefined();
    expect(de.penaltyRatePercent).toBeUndefined();
    expect(de.mentionsIndemnity).toBe(true);
  });

  it('mentions of the indemnity, and silence when there is none', () => {
    expect(found('Indemnité forfaitaire pour frais de recouvrement : 40 €').mentionsIndemnity).toBe(true);
    expect(found('A fixed compensation of €40 for recovery costs is due.').mentionsIndemnity).toBe(true);
    expect(found('Facture F-1 Total 100,00 €').mentionsIndemnity).toBeUndefined();
  });
});

describe('extractFromText: document type and buyer', () => {
  it.each([
    ['Facture F-2026-001', 'invoice'],
    ['INVOICE', 'invoice'],
    ['Rechnung Nr. 12', 'invoice'],
    ['AVOIR\nN° AV-12', 'credit_note'],
    ['Avoir n° AV-2026-003 sur facture F-2026-001', 'credit_note'],
    ['Credit note CN-0042', 'credit_note'],
    ['Gutschrift Nr. 7', 'credit_note'],
  ])('%j is a %s', (text, type) => {
    expect(found(text).documentType).toBe(type);
  });

  it('does not read the verb « avoir » as a credit note, nor anything in a plain message', () => {
    expect(found('Facture F-12 : vous devez avoir reçu le devis.').documentType).toBe('invoice');
    expect(found('Bonjour, à demain !')).toEqual({});
  });

  it('reads the client block', () => {
    const r = found(
      'Facturé à :\nACME SAS\nService comptabilité\n12 rue de la Paix\n75002 Paris\ncompta@acme.fr',
    );
    expect(r.buyerName).toBe('ACME SAS');
    expect(r.buyerEmail).toBe('compta@acme.fr');
    expect(found('Bill to: Globex Corp.\nbilling@globex.com').buyerEmail).toBe('billing@globex.com');
    expect(found('Rechnungsempfänger:\nMuster GmbH\nbuchhaltung@muster.de').buyerName).toBe('Muster GmbH');
  });

  it('leaves the buyer alone when only the seller’s address is there', () => {
    expect(found('Jean Dupont\njean@dupont.fr\nFacture F-1').buyerEmail).toBeUndefined();
  });
});

describe('extractFromText: whole documents', () => {
  it('reads a French freelancer invoice', () => {
    const text = `Jeanne Martin — Développement web
12 rue des Lilas, 69003 Lyon
SIRET 812 345 678 00021
jeanne@martin.dev

FACTURE N° F-2026-014
Date : 3 février 2026

Client :
Atelier Dupuis SARL
8 avenue Jean Jaurès
69007 Lyon
compta@atelier-dupuis.fr

Désignation Qté Prix unitaire Total
Développement du site vitrine 8 450,00 € 3 600,00 €
Maintenance février 1 150,00 € 150,00 €

Total HT 3 750,00 €
TVA non applicable, art. 293 B du CGI
Net à payer 3 750,00 €

Échéance : 5 mars 2026
En cas de retard de paiement, pénalités au taux annuel de 12 %, et indemnité forfaitaire pour frais de recouvrement de 40 € (art. D441-5 du Code de commerce).
IBAN FR76 3000 6000 0112 3456 7890 189`;
    expect(found(text)).toEqual({
      documentType: 'invoice',
      number: 'F-2026-014',
      issueDate: '2026-02-03',
      dueDate: '2026-03-05',
      totalCents: 375000,
      amountDueCents: 375000,
      currency: 'EUR',
      buyerName: 'Atelier Dupuis SARL',
      buyerEmail: 'compta@atelier-dupuis.fr',
      penaltyClause:
        'En cas de retard de paiement, pénalités au taux annuel de 12 %, et indemnité forfaitaire pour frais de recouvrement de 40 € (art. D441-5 du Code de commerce).',
      penaltyRatePercent: 12,
      contractualRate: { kind: 'fixed', percent: 12 },
      mentionsIndemnity: true,
    });
  });

  it('reads an English invoice email', () => {
    const text = `Subject: Invoice INV-1042 from Northwind Studio
Hi Sam,
Please find attached invoice INV-1042 dated November 13, 2017 for $4,250.00.
Payment is due by December 13, 2017 (Net 30).
Thanks!`;
    const r = found(text);
    expect(r).toMatchObject({
      number: 'INV-1042',
      issueDate: '2017-11-13',
      dueDate: '2017-12-13',
      totalCents: 425000,
      currency: 'USD',
      paymentTerms: 'Net 30',
    });
  });

  it('reads a German invoice', () => {
    const text = `Muster Design GmbH · Hauptstraße 5 · 10115 Berlin
Rechnung
Rechnungsnummer: RE-2026-0815
Rechnungsdatum: 13.11.2017
Leistungsdatum: 10.11.2017
Kunde:
Beispiel AG
Pos. Beschreibung Menge Einzelpreis Gesamt
1 Logo-Entwurf 1 1.000,00 € 1.000,00 €
Nettobetrag 1.000,00 €
zzgl. 19 % MwSt. 190,00 €
Gesamtbetrag 1.190,00 €
Zahlbar bis 27.11.2017 ohne Abzug.`;
    expect(found(text)).toMatchObject({
      documentType: 'invoice',
      number: 'RE-2026-0815',
      issueDate: '2017-11-13',
      dueDate: '2017-11-27',
      totalCents: 119000,
      currency: 'EUR',
      buyerName: 'Beispiel AG',
    });
  });

  it('each found field says it came from text', () => {
    const r = extractFromText('Facture F-1 du 13/11/2017 Total TTC 100,00 €');
    for (const field of Object.values(r)) if (field) expect(field.source).toBe('text');
  });
});

describe('extractFromText: hostile input', () => {
  it('reads a huge crafted message quickly and without inventing anything', () => {
    const junk = `${'Facture '.repeat(20_000)}${'1'.repeat(5_000)}${' total '.repeat(20_000)}`;
    const t = performance.now();
    const r = found(junk);
    expect(performance.now() - t).toBeLessThan(1_000);
    expect(r.totalCents).toBeUndefined();
  });
});
