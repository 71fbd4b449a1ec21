/**
 * Issue #20, « des courriers prêts à poster »: every letter asks for the recipient's postal
 * address when it is missing, prints the name once even when the address starts with it, and
 * carries the signature image. Each letter kind is built here; the PDFs are also written to
 * tests/e2e/.artifacts/letters/ to be looked at (pdftoppm).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Block,
  bordereau,
  buildKitZip,
  claimDeclaration,
  type DocumentModel,
  formalNotice,
  MissingPartsError,
  paymentPlan,
  penaltyInvoice,
  reminderLetter,
  remindersLog,
  renderPdf,
  routeDocumentModel,
  statementOfAccount,
} from '../../../core/documents';
import { courtSummary } from '../../../core/documents/kit/summary-sheet';
import { recipientLines, senderLines } from '../../../core/documents/letter-parts';
import { partyLines } from '../../../core/documents/party';
import * as S from '../../fixtures/documents/samples';
import { signaturePng } from './signature-png';

const image = { mime: 'image/png' as const, base64: signaturePng(), widthPx: 300, heightPx: 100 };
const settings = { ...S.settings, signatureImage: image };
// The address as pasted from the client's own invoice: it starts with their name.
const client = { ...S.acme, address: 'ACMÉ ŒUVRES S.A.S.\n8 avenue de l’Europe\n92400 Courbevoie' };
const input = { ...S.acmeInput, client, settings };
const paidLate = [
  ...S.acmeEvents,
  { ...S.acmeEvents[0]!, id: 'paid', type: 'payment' as const, amountCents: 150_000, date: '2026-04-20' },
];
const installments = [
  { date: '2026-05-01', amountCents: 75_000 },
  { date: '2026-06-01', amountCents: 75_000 },
];

/** Every letter kind the user signs, built from the same case. */
const SIGNED: Record<string, () => DocumentModel> = {
  'formal notice': () => formalNotice(input),
  'reminder letter': () => reminderLetter(input),
  'penalty invoice': () =>
    penaltyInvoice({ ...input, events: paidLate, asOf: '2026-04-25', penaltyInvoiceNumber: 'F-2026-101' }),
  'payment plan': () => paymentPlan({ ...input, installments }),
  'claim declaration': () =>
    claimDeclaration({
      ...input,
      events: [
        ...input.events,
        {
          ...S.acmeEvents[0]!,
          id: 'pc',
          type: 'proceedings_opened',
          kind: 'redressement',
          bodaccDate: '2026-03-25',
        },
      ],
      representative: S.mandataire,
      openingJudgmentDate: '2026-03-20',
    }),
  'statement of account': () => statementOfAccount(input),
  'court kit: bordereau': () => bordereau(input, []),
  'small-claims request': () => routeDocumentModel('small-claims', input),
  'mediation request': () => routeDocumentModel('mediation', input),
  'conciliation request': () => routeDocumentModel('conciliation', input),
  'public accountant letter': () =>
    routeDocumentModel('public-accountant', { ...input, client: { ...client, kind: 'public' } }),
};

/** Forms and drafts the user does not sign (summaries for an official form, a bailiff's draft). */
const UNSIGNED: Record<string, () => DocumentModel> = {
  'european order summary': () => routeDocumentModel('european-order', input),
  'summons draft': () => routeDocumentModel('assignation', input),
  'court kit: summary sheet': () =>
    courtSummary(input, [], { noticeDate: null, receiptDate: null, reminderDates: [], warnings: [] }),
  'court kit: reminders log': () => remindersLog(input),
};

const signatures = (doc: DocumentModel) =>
  doc.blocks.filter((b): b is Extract<Block, { kind: 'signature' }> => b.kind === 'signature');

describe('the name is printed once', () => {
  it('drops an address line that is the name, whatever its case, accents or punctuation', () => {
    expect(partyLines('Acmé Œuvres SAS', 'ACME OEUVRES S.A.S.\n8 avenue X\n92400 Courbevoie')).toEqual([
      'Acmé Œuvres SAS',
      '8 avenue X',
      '92400 Courbevoie',
    ]);
  });

  it('keeps a first line that holds the name and more, instead of the bare name', () => {
    expect(partyLines('Acme SAS', 'Acme SAS — Service comptabilité\n8 avenue X')).toEqual([
      'Acme SAS — Service comptabilité',
      '8 avenue X',
    ]);
  });

  it('leaves other addresses alone', () => {
    expect(partyLines('Acme SAS', 'Service comptabilité\n8 avenue X')).toEqual([
      'Acme SAS',
      'Service comptabilité',
      '8 avenue X',
    ]);
    expect(partyLines('Acme SAS', null)).toEqual(['Acme SAS']);
  });

  it('in the recipient window and in the sender block', () => {
    expect(recipientLines(client)).toEqual(['Acmé Œuvres SAS', '8 avenue de l’Europe', '92400 Courbevoie']);
    const identity = { ...S.settings.identity, address: 'Camille LEFÈVRE\n12 rue de la Bourse\n69002 Lyon' };
    const lines = senderLines(identity, 'fr');
    expect(lines.filter((l) => /^camille lef[eè]vre$/i.test(l))).toEqual(['Camille Lefèvre']);
    expect(lines).toContain('12 rue de la Bourse');
  });

  it.each(Object.keys(SIGNED))('in the %s', (kind) => {
    const text = JSON.stringify(SIGNED[kind]!().blocks);
    expect(text).not.toMatch(/ACMÉ ŒUVRES S\.A\.S\./);
  });
});

describe('the signature image is on every letter the user signs', () => {
  it.each(Object.keys(SIGNED))('%s', (kind) => {
    const blocks = signatures(SIGNED[kind]!());
    expect(blocks.length).toBeGreaterThan(0);
    // The user's party carries the image (a payment plan's debtor signs by hand).
    for (const b of blocks) expect(b.parties[0]).toMatchObject({ image: { format: 'PNG', widthPx: 300 } });
  });

  it.each(Object.keys(UNSIGNED))('%s has no signature block to fill', (kind) => {
    expect(signatures(UNSIGNED[kind]!())).toEqual([]);
  });

  it('without an image, the typed lines only', () => {
    const doc = formalNotice({ ...input, settings: S.settings });
    expect(signatures(doc)[0]!.parties[0]).not.toHaveProperty('image');
  });

  it('is drawn in the PDF of each letter (written for a look with pdftoppm)', () => {
    const dir = join('tests', 'e2e', '.artifacts', 'letters');
    mkdirSync(dir, { recursive: true });
    for (const [kind, build] of Object.entries(SIGNED)) {
      const bytes = renderPdf(build());
      const pdf = Buffer.from(bytes).toString('latin1');
      expect(pdf, kind).toMatch(/\/Subtype \/Image/);
      writeFileSync(join(dir, `${kind.replace(/[^a-z]+/g, '-')}.pdf`), bytes);
    }
  });
});

describe('a posted letter asks for the recipient’s postal address', () => {
  const noAddress = { ...input, client: { ...client, address: null } };
  const POSTED: Record<string, () => unknown> = {
    'formal notice': () => formalNotice(noAddress),
    'reminder letter': () => reminderLetter(noAddress),
    'penalty invoice': () =>
      penaltyInvoice({
        ...noAddress,
        events: paidLate,
        asOf: '2026-04-25',
        penaltyInvoiceNumber: 'F-2026-101',
      }),
    'payment plan': () => paymentPlan({ ...noAddress, installments }),
    'court kit': () => buildKitZip({ ...S.acmeKitInput, client: noAddress.client }),
    ...Object.fromEntries(
      (
        [
          'small-claims',
          'mediation',
          'conciliation',
          'european-order',
          'assignation',
          'refere-provision',
        ] as const
      ).map((route) => [route, () => routeDocumentModel(route, noAddress)]),
    ),
  };

  it.each(Object.keys(POSTED))('%s', (kind) => {
    try {
      POSTED[kind]!();
      expect.unreachable(`${kind} was built without the client's address`);
    } catch (e) {
      expect(e).toBeInstanceOf(MissingPartsError);
      expect((e as MissingPartsError).missing).toEqual(['recipient-address']);
    }
  });

  it('the claim declaration goes to the mandataire: it asks for the sender only', () => {
    const noSender = { ...S.settings, identity: { ...S.settings.identity, address: '' } };
    expect(() =>
      claimDeclaration({
        ...noAddress,
        settings: noSender,
        representative: S.mandataire,
        openingJudgmentDate: '2026-03-20',
      }),
    ).toThrow(MissingPartsError);
  });
});
