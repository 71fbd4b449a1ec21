/**
 * Issue #15: for each of the eight debtors, the route chosen, the formal notice naming it, the
 * injonction kit addressed to the right court and the route's own document — written to
 * tests/e2e/.artifacts/routes/ (to look at with pdftoppm) and read back with pdftotext.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildFormalNoticePdf,
  buildKitZip,
  buildRouteDocumentPdf,
  caseRoutes,
  DocumentError,
  moratoryInterest,
} from '../../../core/documents';
import { routeCases } from '../../fixtures/documents/route-cases';
import { flat, garbled, pdfText } from './pdf-text';

const OUT = join(__dirname, '../../e2e/.artifacts/routes');
mkdirSync(OUT, { recursive: true });

function read(bytes: Uint8Array | undefined, name: string): string {
  if (!bytes) throw new Error(`missing ${name}`);
  writeFileSync(join(OUT, name), bytes);
  const text = pdfText(bytes);
  expect(garbled(text), name).toEqual([]);
  // Page furniture (« Page 1/2 » and the running title) is not part of the sentences read here.
  return flat(text)
    .replace(/\s+/g, ' ')
    .replace(/ ?Page \d+\/\d+( Mise en demeure de payer — .+? — \S+)?/g, '');
}

const byCase = Object.fromEntries(routeCases.map((c) => [c.slug, c]));
const get = (slug: string) => {
  const c = byCase[slug];
  if (!c) throw new Error(slug);
  return { ...c, routes: caseRoutes(c.input).routes };
};

function kitSheet(slug: string): string {
  const { input } = get(slug);
  const kit = buildKitZip(input);
  writeFileSync(join(OUT, `${slug}_kit.zip`), kit.bytes);
  return read(unzipSync(kit.bytes)['00_Fiche-requete-injonction-de-payer.pdf'], `${slug}_kit-fiche.pdf`);
}
const notice = (slug: string) =>
  read(buildFormalNoticePdf(get(slug).input).bytes, `${slug}_mise-en-demeure.pdf`);

describe('the eight cases: route, notice, kit and document', () => {
  it('SAS in Paris 75009: TAE de Paris in the kit and the notice; small-claims letter', () => {
    const { routes, input } = get('sas-paris');
    expect(routes.map((r) => r.id).slice(0, 2)).toEqual(['injonction-de-payer', 'petites-creances']);
    expect(kitSheet('sas-paris')).toContain('Président du tribunal des activités économiques de Paris');
    expect(notice('sas-paris')).toContain(
      'le président du tribunal des activités économiques de Paris d’une requête en injonction de payer',
    );
    const letter = read(buildRouteDocumentPdf('small-claims', input).bytes, 'sas-paris_petites-creances.pdf');
    expect(letter).toContain('procédure simplifiée de recouvrement des petites créances');
    expect(letter).toContain('Pixel Nord SAS');
  });

  it('SCI in Bordeaux, 8 000 €: tribunal judiciaire; the small-claims letter is refused', () => {
    const { routes, input } = get('sci-bordeaux');
    expect(routes[0]?.court?.kind).toBe('tj');
    const sheet = kitSheet('sci-bordeaux');
    expect(sheet).toContain('Juridiction Tribunal judiciaire');
    expect(sheet).toContain('Cerfa n° 12948*06');
    expect(sheet).toContain('Personne morale : forme, dénomination');
    expect(notice('sci-bordeaux')).toContain('le président du tribunal judiciaire compétent');
    expect(() => buildRouteDocumentPdf('small-claims', input)).toThrow(DocumentError);
  });

  it('architect in Lyon: tribunal judiciaire, never the TAE de Lyon', () => {
    const sheet = kitSheet('architecte-lyon');
    expect(sheet).toContain('Juridiction Tribunal judiciaire');
    expect(sheet).not.toContain('activités économiques');
    expect(notice('architecte-lyon')).not.toContain('activités économiques');
  });

  it('consumer, 1 200 €: tribunal judiciaire, small claims and a consumer mediator', () => {
    const { routes, input } = get('particulier');
    expect(routes.map((r) => r.id)).toContain('petites-creances');
    const sheet = kitSheet('particulier');
    expect(sheet).toContain('Personne physique : nom, prénoms, profession, domicile, nationalité');
    expect(notice('particulier')).toContain('tribunal judiciaire compétent');
    const mediation = read(buildRouteDocumentPdf('mediation', input).bytes, 'particulier_mediation.pdf');
    expect(mediation).toContain('Médiateur de la consommation');
    expect(mediation).toContain('C. consom. art. L612-1');
  });

  it('Belgian SPRL, 4 000 €: the European order, form A summary, named in the notice', () => {
    const { routes, input } = get('sprl-belge');
    expect(routes.map((r) => r.id)).toEqual(['injonction-europeenne', 'petits-litiges-europeens']);
    expect(notice('sprl-belge')).toContain('injonction de payer européenne (règlement (CE) n° 1896/2006)');
    const form = read(buildRouteDocumentPdf('european-order', input).bytes, 'sprl-belge_formulaire-A.pdf');
    for (const phrase of [
      '1. Juridiction saisie',
      '3. Chefs de compétence',
      'Domicile du défendeur BE',
      '7. Cause de l’action',
      'art. 7(3)',
    ])
      expect(form, phrase).toContain(phrase);
  });

  it('UK Ltd: hors-ue, the English notice promises no French commercial court', () => {
    const text = notice('ltd-uk');
    expect(get('ltd-uk').routes.map((r) => r.id)).toEqual(['hors-ue']);
    expect(text).toContain('I will bring proceedings for payment before the court');
    expect(text).not.toMatch(/Commercial Court|tribunal de commerce/);
  });

  it('university: the public accountant with moratory interest at ECB + 8, the notice names the administrative judge', () => {
    const { routes, input } = get('universite');
    expect(routes.map((r) => r.id)).toEqual(['juge-administratif']);
    expect(notice('universite')).toContain('je saisirai le juge administratif d’une demande de provision');
    const [line] = moratoryInterest(input);
    expect(line).toMatchObject({ from: '2026-09-03', days: 90, indemnityCents: 4_000 });
    const letter = read(
      buildRouteDocumentPdf('public-accountant', input).bytes,
      'universite_comptable-public.pdf',
    );
    expect(letter).toContain('taux de la BCE majoré de 8 points');
    expect(letter).toContain('CJA art. R541-1');
  });

  it('disputed SARL, 2 000 €: mediation and conciliation requests, the notice announces no injonction', () => {
    const { routes, input } = get('sarl-litige');
    expect(routes.slice(0, 2).map((r) => r.id)).toEqual(['mediation', 'conciliation']);
    const text = notice('sarl-litige');
    expect(text).toContain('après une tentative de résolution amiable');
    expect(text).not.toContain('injonction de payer');
    expect(read(buildRouteDocumentPdf('mediation', input).bytes, 'sarl-litige_mediation.pdf')).toContain(
      'Médiateur des entreprises',
    );
    expect(
      read(buildRouteDocumentPdf('conciliation', input).bytes, 'sarl-litige_conciliation.pdf'),
    ).toContain('Conciliateur de justice');
  });
});

describe('the documents for European small claims, référé-provision and assignation (fr/en)', () => {
  it('disputed SARL in Toulouse: draft summons and référé, with the mandatory mentions, at the TC', () => {
    const { routes, input } = get('sarl-litige');
    expect(routes.find((r) => r.id === 'assignation')?.document).toBe('assignation');
    expect(routes.find((r) => r.id === 'refere-provision')?.document).toBe('refere-provision');
    const summons = read(buildRouteDocumentPdf('assignation', input).bytes, 'sarl-litige_assignation.pdf');
    for (const phrase of [
      'Projet d’assignation en paiement',
      'C. proc. civ. art. 54, 56 et 648',
      'Date de l’acte (art. 648 1°)',
      'À la requête de (art. 648 2°)',
      'Ai donné assignation à (art. 648 4°)',
      'Garonne Conseil SARL',
      'Devant le tribunal de commerce du siège du débiteur',
      'Faute de comparaître, le défendeur s’expose',
      'Exposé des faits (art. 56)',
      'Moyens de droit (art. 56)',
      'C. com. art. L441-10 II et D441-5',
      'Tentative de résolution amiable (art. 54 5°)',
      'Démarche amiable proposée depuis le différend',
      'Bordereau des pièces (art. 56)',
      'Mise en demeure et son accusé de réception',
      'Commissaire de justice (art. 648 3°)',
      '2 000,00 €',
    ])
      expect(summons, phrase).toContain(phrase);
    const refere = read(buildRouteDocumentPdf('refere-provision', input).bytes, 'sarl-litige_refere.pdf');
    expect(refere).toContain('Projet d’assignation en référé-provision');
    expect(refere).toContain('statuant en référé');
    expect(refere).toContain('C. proc. civ. art. 873 al. 2');
    expect(refere).toContain('à titre de provision');
  });

  it('a consumer: the summons goes to the tribunal judiciaire with 835 al. 2 and the amicable-attempt rule', () => {
    const { input } = get('particulier');
    const refere = read(buildRouteDocumentPdf('refere-provision', input).bytes, 'particulier_refere.pdf');
    expect(refere).toContain('président du tribunal judiciaire du domicile du débiteur');
    expect(refere).toContain('C. proc. civ. art. 835 al. 2');
    expect(refere).toContain('C. civ. art. 1231-6 et 1344-1');
    expect(refere).toContain('ancien art. 750-1');
    expect(refere).not.toContain('L441-10');
  });

  it('an English-speaking client: the summons in English, said to be a reading copy', () => {
    const { input } = get('sarl-litige');
    const en = read(
      buildRouteDocumentPdf('assignation', { ...input, lang: 'en' }).bytes,
      'sarl-litige_assignation-en.pdf',
    );
    expect(en).toContain('Draft summons for payment');
    expect(en).toContain('the act served in France must be in French');
    expect(en).toContain('A defendant who does not appear may be judged');
  });

  it('public or non-EU debtors get no summons draft; a French debtor no European form', () => {
    expect(() => buildRouteDocumentPdf('assignation', get('universite').input)).toThrow(DocumentError);
    expect(() => buildRouteDocumentPdf('assignation', get('ltd-uk').input)).toThrow(DocumentError);
    expect(() => buildRouteDocumentPdf('european-small-claims', get('sas-paris').input)).toThrow(
      DocumentError,
    );
  });

  it('Belgian SPRL, 4 000 €: the European small-claims form A sheet, French and English', () => {
    const { routes, input } = get('sprl-belge');
    expect(routes.find((r) => r.id === 'petits-litiges-europeens')?.document).toBe('european-small-claims');
    const fr = read(
      buildRouteDocumentPdf('european-small-claims', input).bytes,
      'sprl-belge_petits-litiges.pdf',
    );
    for (const phrase of [
      'Petits litiges européens — formulaire A',
      'règlement (CE) n° 861/2007, art. 4',
      '1. Juridiction',
      '4. Compétence',
      '5. Caractère transfrontalier',
      'Domicile du défendeur BE',
      '6. Paiement des frais de justice',
      '7. Demande',
      'Montant en principal 4 000,00 €',
      'Audience',
    ])
      expect(fr, phrase).toContain(phrase);
    const en = read(
      buildRouteDocumentPdf('european-small-claims', { ...input, lang: 'en' }).bytes,
      'sprl-belge_small-claims-en.pdf',
    );
    expect(en).toContain('European small claims — form A');
    expect(en).toContain('Principal amount €4,000.00');
  });

  it('over 5 000 € of principal: the European small-claims sheet is refused', () => {
    const { input } = get('sprl-belge');
    const big = {
      ...input,
      invoices: input.invoices.map((i) => ({
        ...i,
        totalCents: 600_000,
        amountDueCents: 600_000,
        outstandingCents: 600_000,
      })),
    };
    expect(() => buildRouteDocumentPdf('european-small-claims', big)).toThrow(/5 000 €/);
  });
});

describe('the creditor status (settings) in the kit', () => {
  it('an artisan debtor: the tribunal judiciaire for a freelancer, the commercial court for a trader', () => {
    const { input } = get('sas-paris');
    const artisan = {
      ...input,
      client: { ...input.client, name: 'Martin Plomberie', legalType: 'artisan' as const },
    };
    const asFreelancer = buildKitZip(artisan);
    const asTrader = buildKitZip({ ...artisan, settings: { ...artisan.settings, creditorStatus: 'trader' } });
    const sheet = (bytes: Uint8Array, name: string) =>
      read(unzipSync(bytes)['00_Fiche-requete-injonction-de-payer.pdf'], name);
    expect(sheet(asFreelancer.bytes, 'artisan_kit-fiche-freelance.pdf')).toContain(
      'Juridiction Tribunal judiciaire',
    );
    const trader = sheet(asTrader.bytes, 'artisan_kit-fiche-commercant.pdf');
    expect(trader).toContain('Président du tribunal des activités économiques de Paris');
    expect(trader).toContain('L721-3 1°');
  });
});
