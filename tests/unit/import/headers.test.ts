import { describe, expect, it } from 'vitest';
import { planColumns } from '../../../core/import/columns';
import { matchHeaders, normalizeHeader } from '../../../core/import/headers';

describe('header matching', () => {
  it('ignores case, accents, punctuation and units', () => {
    expect(normalizeHeader('  N° de facture ')).toBe('n de facture');
    expect(normalizeHeader('Montant TTC (€)')).toBe('montant ttc');
    expect(normalizeHeader('Montant TTC (EUR)')).toBe('montant ttc');
    expect(normalizeHeader('E-MAIL CLIENT')).toBe('e mail client');
    expect(normalizeHeader('Date d’échéance')).toBe('date d echeance');
    expect(normalizeHeader('Nº')).toBe('no');
  });

  it('reads the export the issue reports, without a manual step', () => {
    const header =
      "Numéro;Date d'émission;Date d'échéance;Client;E-mail client;SIREN client;Montant HT;TVA;Montant TTC;Statut;Reste à payer".split(
        ';',
      );
    const plan = planColumns(header);
    expect(plan.missing).toEqual([]);
    expect(plan.index).toMatchObject({
      numero: 0,
      date_emission: 1,
      date_echeance: 2,
      client: 3,
      email: 4,
      siren: 5,
      montant_ttc: 8,
      statut: 9,
      reste_du: 10,
      type_client: -1,
    });
  });

  it.each([
    [['N°', 'Client', 'Total TTC', 'Échéance'], { numero: 0, client: 1, montant_ttc: 2, date_echeance: 3 }],
    [
      [
        'Numéro de facture',
        'Raison sociale',
        'Net à payer',
        'Date limite de paiement',
        'Montant réglé',
        'État',
      ],
      { numero: 0, client: 1, montant_ttc: 2, date_echeance: 3, montant_regle: 4, statut: 5 },
    ],
    [
      ['Invoice number', 'Customer', 'Amount', 'Due date', 'Amount paid', 'Status', 'Payment date'],
      {
        numero: 0,
        client: 1,
        montant_ttc: 2,
        date_echeance: 3,
        montant_regle: 4,
        statut: 5,
        date_paiement: 6,
      },
    ],
    [
      ['Date d’échéance (JJ/MM/AAAA)', 'Référence', 'Client', 'Montant'],
      { date_echeance: 0, numero: 1, client: 2, montant_ttc: 3 },
    ],
  ])('maps %j', (header, expected) => {
    expect(matchHeaders(header)).toMatchObject(expected);
  });

  it('prefers the most specific name: « Total TTC » over « Total », never « Montant HT »', () => {
    expect(matchHeaders(['Total', 'Montant HT', 'Total TTC']).montant_ttc).toBe(2);
    expect(matchHeaders(['Montant HT']).montant_ttc).toBeUndefined();
  });

  it('keeps « Type » for the document (facture / avoir), never the client', () => {
    const m = matchHeaders(['Type', 'Type de client']);
    expect(m.type_document).toBe(0);
    expect(m.type_client).toBe(1);
  });

  it('reads the ARCHITECTURE.md contract exactly as before', () => {
    const header =
      'numero,client,email,montant_ttc,date_emission,date_echeance,type_client,reste_du,telephone,adresse,siren'.split(
        ',',
      );
    expect(planColumns(header).index).toMatchObject(Object.fromEntries(header.map((h, i) => [h, i])));
  });

  it('a confirmed mapping for the file shape wins over the names', () => {
    const header = ['Réf', 'Qui', 'Combien', 'Quand'];
    expect(planColumns(header).missing).toEqual(['client', 'montant_ttc', 'date_echeance']);
    const plan = planColumns(header, { numero: 0, client: 1, montant_ttc: 2, date_echeance: 3 });
    expect(plan.missing).toEqual([]);
    expect(plan.saved).toBe(true);
    expect(plan.signature).toBe('ref|qui|combien|quand');
  });
});
