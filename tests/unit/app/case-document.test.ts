import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildCaseDocument,
  buildRouteDocument,
  type CaseDocumentRequest,
} from '../../../core/app/case-document';
import { routesForCase } from '../../../core/app/routes-view';
import { scenarioFor } from '../../../core/dunning';
import * as S from '../../fixtures/documents/samples';
import { flat, pdfText } from '../documents/pdf-text';
import { seeded } from './seed';

const live = (events = S.acmeEvents) => ({
  kase: { invoice: S.acmeInvoice, client: S.acme, events, scenario: scenarioFor(null, 'standard', []) },
  settings: S.settings,
});

const request = (over: Partial<CaseDocumentRequest>): CaseDocumentRequest => ({
  kind: 'letter',
  live: live(),
  asOf: '2026-04-02',
  claimLegalPenalties: false,
  enclosures: '',
  acknowledgement: null,
  representative: { name: '', address: '' },
  openingJudgmentDate: '',
  ...over,
});

const text = (bytes: Uint8Array) => flat(pdfText(bytes)).replace(/\s+/g, ' ');

describe('the documents an action panel builds (core/app/case-document)', () => {
  it('builds the letter and the formal notice of the case, listing the enclosures typed', async () => {
    const db = await seeded();
    const letter = await buildCaseDocument(
      db,
      request({ kind: 'letter', enclosures: 'Devis signé\n\nBon de commande' }),
    );
    expect(letter.fileName).toMatch(/^Relance_F-2026-001_.*\.pdf$/);
    expect(text(letter.bytes)).toContain('F-2026-001');
    expect(text(letter.bytes)).toContain('Devis signé');
    const notice = await buildCaseDocument(db, request({ kind: 'formal_notice' }));
    expect(notice.fileName).toMatch(/^Mise-en-demeure_F-2026-001_/);
  });

  it('puts the invoice’s stored files and the acknowledgement in the court kit', async () => {
    const db = await seeded({ files: [S.acmeInvoiceFile] });
    const kit = await buildCaseDocument(
      db,
      request({
        kind: 'kit',
        live: live(S.acmeKitEvents),
        asOf: '2026-04-20',
        acknowledgement: S.acknowledgement,
      }),
    );
    expect(kit.mime).toBe('application/zip');
    const names = Object.keys(unzipSync(kit.bytes));
    expect(names.some((n) => n.endsWith('.pdf') && n.includes('F-2026-001'))).toBe(true);
    expect(names.some((n) => n.endsWith('.jpg'))).toBe(true);
  });

  it('builds the claim declaration with the representative and the judgment date', async () => {
    const db = await seeded();
    const inProceedings = {
      ...S.acme,
      proceedings: { kind: 'redressement' as const, bodaccDate: '2026-03-25' },
    };
    const claim = await buildCaseDocument(
      db,
      request({
        kind: 'claim',
        live: { ...live(), kase: { ...live().kase, client: inProceedings } },
        representative: { name: 'Me Durand, mandataire', address: '1 quai Saint-Antoine\n69002 Lyon' },
        openingJudgmentDate: '2026-03-20',
      }),
    );
    expect(text(claim.bytes)).toContain('Me Durand');
  });

  it('lists the recovery routes of the case, and builds the documents they prepare', () => {
    const routes = routesForCase(live(), '2026-04-20', 'fr');
    expect(routes?.routes.length).toBeGreaterThan(0);
    expect(routes?.disputed).toBe(false);
    const prepared = routes?.routes.find((r) => r.document && r.document !== 'kit')?.document;
    expect(prepared).toBeTruthy();
    if (!prepared || prepared === 'kit') throw new Error('no route document to build');
    const built = buildRouteDocument(prepared, live(), '2026-04-20');
    expect(new TextDecoder().decode(built.bytes.slice(0, 5))).toBe('%PDF-');
    // Another client's invoice makes no document input: nothing to show rather than an error.
    const mixed = { ...live(), kase: { ...live().kase, client: { ...S.acme, id: 'someone-else' } } };
    expect(routesForCase(mixed, '2026-04-20', 'fr')).toBeNull();
  });
});
