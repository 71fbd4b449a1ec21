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
