/** The injonction de payer kit: a ZIP with the summary sheet, the bordereau and the numbered exhibits. */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildKitZip, competentCourt, DocumentError, postalPlace } from '../../../core/documents';
import * as S from '../../fixtures/documents/samples';
import { flat, garbled, pdfText } from './pdf-text';

const kitInput = S.acmeKitInput;

const read = (bytes: Uint8Array | undefined) => {
  if (!bytes) throw new Error('missing file');
  const text = pdfText(bytes);
  expect(garbled(text)).toEqual([]);
  return flat(text).replace(/\s+/g, ' ');
};

describe('the injonction de payer kit', () => {
  const kit = buildKitZip(kitInput);
  const files = unzipSync(kit.bytes);

  it('bundles the sheet, the bordereau and each exhibit under a name that says what it is', () => {
    expect(kit.fileName).toBe('Injonction-de-payer_F-2026-001_Acme-Oeuvres-SAS.zip');
    expect(Object.keys(files).sort()).toEqual([
      '00_Bordereau-des-pieces.pdf',
      '00_Fiche-requete-injonction-de-payer.pdf',
      'Piece-01_Facture-F-2026-001.pdf',
      'Piece-03_Mise-en-demeure-copie-regeneree.pdf',
      'Piece-04_Accuse-de-reception.jpg',
      'Piece-05_Historique-relances.pdf',
    ]);
    expect(strFromU8(files['Piece-01_Facture-F-2026-001.pdf']!)).toContain('%PDF-1.4');
    expect(strFromU8(files['Piece-04_Accuse-de-reception.jpg']!)).toBe('not really a jpeg');
    expect(kit.warnings).toEqual([
      'Devis signé : document à joindre à la requête.',
      'La mise en demeure jointe est une copie régénérée : joignez de préférence la lettre envoyée.',
    ]);
  });

  it('the bordereau numbers the exhibits in the order of the ZIP', () => {
    const text = read(files['00_Bordereau-des-pieces.pdf']);
    expect(text).toContain('Bordereau des pièces communiquées');
    expect(text).toContain('1 Facture n° F-2026-001 15/01/2026 Piece-01_Facture-F-2026-001.pdf');
    expect(text).toContain('2 Devis signé 05/01/2026 à joindre');
    expect(text).toContain('3 Mise en demeure du 02/04/2026');
    expect(text).toContain('copie régénérée');
    expect(text).toContain(
      '4 Accusé de réception de la mise en demeure 04/04/2026 Piece-04_Accuse-de-reception.jpg',
    );
    expect(text).toContain('Nombre de pièces : 5.');
  });

  it('the sheet gives the court, the parties, the amounts, the basis and the deadlines', () => {
    const text = read(files['00_Fiche-requete-injonction-de-payer.pdf']);
    for (const phrase of [
      // Courbevoie (92) is wholly in the area of the TAE de Nanterre since 1 January 2025.
      'Président du tribunal des activités économiques de Nanterre',
      'Personne morale : forme, dénomination, siège social et organe qui la représente légalement.',
      'Celle du domicile du débiteur (règle d’ordre public) : 92400 Courbevoie',
      'Cerfa n° 12946*02 (numéro de version à vérifier sur service-public.fr)',
      'Tribunal Digital',
      'Frais de greffe d’environ 35 € (tarif à vérifier)',
      'Demandeur (créancier) Camille Lefèvre',
      'SIREN 532 987 654',
      'Principal 1 500,00 €',
      'Indemnité forfaitaire 40,00 €',
      'C. proc. civ. art. 1405',
      'C. com. art. L441-10 II',
      'la mise en demeure du 02/04/2026, reçue le 04/04/2026',
      'dans les 6 mois',
      'art. 1411',
      'un mois à compter de la signification pour former opposition (art. 1416)',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
  });

  it('the formal notice is generated again as it was on the day it was sent', () => {
    const text = read(files['Piece-03_Mise-en-demeure-copie-regeneree.pdf']);
    expect(text).toContain('Fait à Lyon, le 2 avril 2026');
    expect(text).toContain('Total réclamé 1 563,47 €');
  });

  it('the log lists the reminders, the notice and its receipt, then the account', () => {
    const text = read(files['Piece-05_Historique-relances.pdf']);
    expect(text).toContain(
      '02/04/2026 F-2026-001 Mise en demeure (lettre recommandée avec accusé de réception',
    );
    expect(text).toContain('04/04/2026 F-2026-001 Accusé de réception signé par le destinataire');
    expect(text).toContain('Décompte de la créance au 20 avril 2026');
  });

  it('says what is missing instead of failing, and refuses a debtor in collective proceedings', () => {
    const bare = buildKitZip({ ...S.acmeInput, asOf: '2026-04-20' });
    expect(bare.warnings).toEqual([
      'Facture F-2026-001 : le PDF n’est pas enregistré, joignez-le à la requête.',
      'Aucune mise en demeure enregistrée : envoyez-en une (lettre recommandée avec accusé de réception) avant la requête.',
    ]);
    expect(Object.keys(unzipSync(bare.bytes))).toContain('Piece-02_Historique-relances.pdf');
    expect(() => buildKitZip(S.initechInput)).toThrow(DocumentError);
  });

  it('a particulier goes before the tribunal judiciaire of their home', () => {
    expect(competentCourt(S.martin)).toMatchObject({ kind: 'judiciaire', place: '69002 Lyon' });
    expect(competentCourt(S.martin).form).toContain('12948*06');
    expect(competentCourt({ ...S.acme, name: 'Acme SAS', address: '2 rue X\n33000 Bordeaux' })).toMatchObject(
      {
        kind: 'commerce',
        name: 'Président du tribunal de commerce',
      },
    );
    expect(competentCourt({ ...S.acme, name: 'SCI Les Tilleuls' }).kind).toBe('judiciaire');
    expect(postalPlace('Globex Ltd\nLondon SW1A 2AA')).toBeNull();
  });
});
