/** Issue #19: what the welcome asks, checked and used (SIRET → SIREN, IBAN, invoice mentions, letters' parties). */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMentionDefaults, type Deriver, EcheanceDb, importItems } from '../../../core/db';
import { formalNotice, MissingPartsError, missingParts, reminderLetter } from '../../../core/documents';
import { claimFor } from '../../../core/dunning';
import { checkBic, checkIban, checkSiret, sirenFromSiret } from '../../../core/identity/checks';
import {
  clauseOfRate,
  mentionsForImport,
  rateOfClause,
  SILENT_MENTIONS,
  withImportDefaults,
  withMentionDefaults,
} from '../../../core/identity/mention-defaults';
import type { ImportItem } from '../../../core/model';
import { SettingsSchema, SignatureImageSchema } from '../../../core/model';
import * as S from '../../fixtures/documents/samples';
import { aClient, anInvoice } from '../dunning/builders';

describe('SIRET and SIREN', () => {
  it('derives the SIREN from a valid SIRET (its first nine digits), never from an invalid one', () => {
    expect(sirenFromSiret('732 829 320 00074')).toBe('732829320');
    expect(sirenFromSiret('73282932000074')).toBe('732829320');
    // La Poste's establishments: digit sum instead of Luhn.
    expect(sirenFromSiret('35600000049837')).toBe('356000000');
    expect(sirenFromSiret('73282932000075')).toBeNull(); // Luhn fails
    expect(sirenFromSiret('7328293200007')).toBeNull(); // 13 digits
    expect(sirenFromSiret('')).toBeNull();
  });

  it('a SIRET that does not start with the SIREN given is refused', () => {
    expect(checkSiret('73282932000074', '732829320')).toBeNull();
    expect(checkSiret('73282932000074', '552100554')).toBe('siret-siren-mismatch');
  });
});

describe('IBAN and BIC', () => {
  it('checks the IBAN by mod 97 and the French length, and the BIC by its shape', () => {
    expect(checkIban('FR76 3000 6000 0112 3456 7890 189')).toBeNull();
    expect(checkIban('FR76 3000 6000 0112 3456 7890 188')).toBe('iban-checksum');
    expect(checkIban('FR76 3000 6000 0112 3456 7890')).toBe('iban-format');
    expect(checkIban('DE89 3704 0044 0532 0130 00')).toBeNull();
    expect(checkBic('AGRIFRPP')).toBeNull();
    expect(checkBic('AGRIFRPP882')).toBeNull();
    expect(checkBic('AGRI FR')).toBe('bic-format');
  });
});

describe('mention defaults', () => {
  const says = { penaltyRate: true, recoveryIndemnity: true, vatFranchise: true };

  it('maps the clause as printed to the default rate and back', () => {
    expect(rateOfClause({ kind: 'legal-multiple' })).toEqual({ kind: 'legal-multiple', factor: 3 });
    expect(rateOfClause({ kind: 'fixed', percent: 12 })).toEqual({ kind: 'fixed', percent: 12 });
    expect(rateOfClause({ kind: 'ecb-plus', points: 10 })).toEqual({ kind: 'ecb-plus', points: 10 });
    expect(rateOfClause({ kind: 'none' })).toBeNull();
    expect(clauseOfRate({ kind: 'ecb-plus', points: 7 }, true)).toEqual({ kind: 'ecb-plus', points: 7 });
    expect(clauseOfRate({ kind: 'fixed', percent: 12 }, false)).toEqual({ kind: 'none' });
  });

  it('an imported row with no mentions takes the defaults; one read from a document keeps its own', () => {
    expect(mentionsForImport(null, null)).toEqual(SILENT_MENTIONS);
    expect(mentionsForImport(null, says)).toEqual({
      dueDate: true,
      penaltyRate: true,
      recoveryIndemnity: true,
    });
    const read = { dueDate: true, penaltyRate: false, recoveryIndemnity: true };
    expect(mentionsForImport(read, says)).toBe(read);
    const items = withImportDefaults([{ mentions: null }, { mentions: read }], { mentionDefaults: says });
    expect(items.map((i) => i.mentions)).toEqual([
      { ...SILENT_MENTIONS, penaltyRate: true, recoveryIndemnity: true },
      read,
    ]);
    expect(withImportDefaults([{ mentions: null }], { mentionDefaults: null })[0]!.mentions).toBeNull();
  });

  it('replaces the mentions of CSV invoices only, and keeps a rate set on the invoice itself', () => {
    const csv = anInvoice({ origin: { kind: 'csv', fileName: 'x.csv' }, mentions: SILENT_MENTIONS });
    expect(withMentionDefaults(csv, says)).toEqual({
      dueDate: true,
      penaltyRate: true,
      recoveryIndemnity: true,
    });
    expect(withMentionDefaults(csv, null)).toBeNull();
    const pdf = anInvoice({ origin: { kind: 'pdf', fileName: 'x.pdf' } });
    expect(withMentionDefaults(pdf, says)).toBeNull();
    const rated = anInvoice({
      origin: { kind: 'csv', fileName: null },
      contractualRate: { kind: 'fixed', percent: 12 },
      mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: false },
    });
    expect(
      withMentionDefaults(rated, { penaltyRate: false, recoveryIndemnity: false, vatFranchise: false }),
    ).toBeNull();
  });

  it('feeds the claim: a CSV invoice of a user whose invoices print both mentions claims interest and 40 €', () => {
    const client = aClient({ kind: 'pro' });
    const csv = anInvoice({
      origin: { kind: 'csv', fileName: null },
      mentions: SILENT_MENTIONS,
      dueDate: '2026-01-15',
      amountDueCents: 100_000,
    });
    const silent = claimFor(csv, client, [], '2026-03-16');
    expect(silent.interestCents).toBe(0);
    expect(silent.indemnityCents).toBe(0);
    const told = { ...csv, mentions: withMentionDefaults(csv, says)! };
    const claim = claimFor(told, client, [], '2026-03-16');
    expect(claim.interestCents).toBeGreaterThan(0);
    expect(claim.indemnityCents).toBe(4_000);
  });

  it('settings keep the answers, and refuse a signature that is not a small PNG or JPEG', () => {
    const s = SettingsSchema.parse({ mentionDefaults: says, defaultAddressing: 'tu' });
    expect(s.mentionDefaults).toEqual(says);
    expect(s.welcome).toEqual({ done: [], dismissed: false });
    expect(SettingsSchema.parse({}).mentionDefaults).toBeNull();
    const ok = { mime: 'image/png', base64: 'iVBORw0KGgo=', widthPx: 10, heightPx: 5 };
    expect(SignatureImageSchema.safeParse(ok).success).toBe(true);
    expect(SignatureImageSchema.safeParse({ ...ok, mime: 'image/gif' }).success).toBe(false);
    expect(SignatureImageSchema.safeParse({ ...ok, base64: 'A'.repeat(140_000) }).success).toBe(false);
    expect(SignatureImageSchema.safeParse({ ...ok, base64: '<svg>' }).success).toBe(false);
  });
});

describe('applyMentionDefaults', () => {
  let db: EcheanceDb | undefined;
  afterEach(async () => {
    db?.close();
    if (db) await Dexie.delete(db.name);
    db = undefined;
  });
  const derive: Deriver = (invoice) => ({
    status: 'open',
    outstandingCents: invoice.amountDueCents,
    nextActionDate: invoice.dueDate,
  });
  const row = (number: string): ImportItem => ({
    number,
    clientName: 'Acme',
    clientEmail: null,
    clientKind: 'pro',
    clientPhone: null,
    clientAddress: null,
    clientSiren: null,
    totalCents: 1000,
    amountDueCents: 1000,
    issueDate: null,
    dueDate: '2026-01-15',
    currency: 'EUR',
    paymentTerms: null,
    contractualRatePercent: null,
    mentions: null,
    origin: null,
    file: null,
  });

  it('rewrites the CSV invoices imported before the welcome was answered, and creates clients with the default tone', async () => {
    db = new EcheanceDb('mention-defaults');
    await importItems(
      db,
      [row('F-1')],
      { kind: 'csv', fileName: 'a.csv' },
      '2026-01-01T08:00:00Z',
      derive,
      '2026-01-01',
      'tu',
    );
    const pdfRead = {
      ...row('F-2'),
      mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
    };
    await importItems(
      db,
      [pdfRead],
      { kind: 'pdf', fileName: 'b.pdf' },
      '2026-01-01T08:00:00Z',
      derive,
      '2026-01-01',
    );
    expect((await db.clients.toArray())[0]!.addressing).toBe('tu');
    const changed = await applyMentionDefaults(db, {
      penaltyRate: true,
      recoveryIndemnity: true,
      vatFranchise: false,
    });
    expect(changed).toBe(1);
    const byNumber = Object.fromEntries((await db.invoices.toArray()).map((i) => [i.number, i.mentions]));
    expect(byNumber['F-1']).toEqual({ dueDate: true, penaltyRate: true, recoveryIndemnity: true });
    expect(byNumber['F-2']).toEqual({ dueDate: true, penaltyRate: false, recoveryIndemnity: false });
    expect(
      await applyMentionDefaults(db, { penaltyRate: true, recoveryIndemnity: true, vatFranchise: false }),
    ).toBe(0);
  });
});

describe('letters need their parties', () => {
  const noIdentity = {
    ...S.settings,
    identity: { ...S.settings.identity, name: '', tradeName: '', address: '' },
  };

  it('names what is missing', () => {
    expect(missingParts(S.settings.identity, S.acmeInput.client, 'posted')).toEqual([]);
    expect(missingParts(noIdentity.identity, { address: null }, 'posted')).toEqual([
      'sender-name',
      'sender-address',
      'recipient-address',
    ]);
    expect(missingParts(noIdentity.identity, { address: null }, 'sender-only')).toEqual([
      'sender-name',
      'sender-address',
    ]);
  });

  it('refuses a formal notice or a posted reminder without sender or recipient address, instead of an empty letter', () => {
    expect(() => formalNotice({ ...S.acmeInput, settings: noIdentity })).toThrow(MissingPartsError);
    const noAddress = { ...S.acmeInput, client: { ...S.acmeInput.client, address: null } };
    try {
      reminderLetter(noAddress);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingPartsError);
      expect((e as MissingPartsError).missing).toEqual(['recipient-address']);
    }
  });

  it('puts the signature image in the signature block when there is one', () => {
    const image = { mime: 'image/png' as const, base64: 'iVBORw0KGgo=', widthPx: 300, heightPx: 100 };
    const doc = formalNotice({ ...S.acmeInput, settings: { ...S.settings, signatureImage: image } });
    const sig = doc.blocks.find((b) => b.kind === 'signature');
    expect(sig).toMatchObject({ parties: [{ image: { format: 'PNG', widthPx: 300, heightPx: 100 } }] });
  });
});

describe('VAT franchise', () => {
  it('is printed on the penalty invoice of a user who said so, and only then', async () => {
    const { penaltyInvoice } = await import('../../../core/documents');
    const paid = [
      ...S.acmeEvents,
      { ...S.acmeEvents[0]!, id: 'paid', type: 'payment' as const, amountCents: 150_000, date: '2026-04-20' },
    ];
    const input = { ...S.acmeInput, events: paid, asOf: '2026-04-25', penaltyInvoiceNumber: 'F-2026-101' };
    const text = (s: typeof S.settings) => JSON.stringify(penaltyInvoice({ ...input, settings: s }).blocks);
    const franchise = { penaltyRate: true, recoveryIndemnity: true, vatFranchise: true };
    expect(text({ ...S.settings, mentionDefaults: franchise })).toContain(
      'TVA non applicable, art. 293 B du CGI',
    );
    expect(text(S.settings)).not.toContain('293 B');
  });
});

describe('welcome texts', () => {
  it('plurals follow CLDR (completeness and placeholders: tests/unit/i18n/catalogue.test.ts)', async () => {
    const { welcomeTranslator } = await import('../../../components/welcome/strings');
    expect(welcomeTranslator('fr').plural('checklist.left', 1)).toBe('Encore 1 étape');
    expect(welcomeTranslator('fr').plural('checklist.left', 3)).toBe('Encore 3 étapes');
    expect(welcomeTranslator('en').plural('checklist.left', 1)).toBe('1 step left');
    expect(welcomeTranslator('en').plural('checklist.left', 0)).toBe('0 steps left');
  });
});

describe('the sample the welcome offers', () => {
  it('imports whole: three invoices, none refused', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseInvoiceCsv } = await import('../../../core/import/csv');
    const text = readFileSync(new URL('../../../public/exemple-factures.csv', import.meta.url), 'utf8');
    const result = parseInvoiceCsv(text);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.rows.flatMap((r) => r.problems)).toEqual([]);
    const items = result.rows.map((r) => r.item!);
    expect(items.map((i) => i.number)).toEqual(['EXEMPLE-001', 'EXEMPLE-002', 'EXEMPLE-003']);
    expect(items[1]).toMatchObject({ totalCents: 85_000, amountDueCents: 35_000 });
  });
});
