/**
 * Issue #14: every document regenerated for a consumer, a professional, a public body, a USD
 * invoice and an English client, written to tests/e2e/.artifacts/law/ (pages rendered to PNG
 * with pdftoppm, to look at), then read back with pdftotext: the new mentions are there, and a
 * consumer's documents cite no B2B article (L441-10, D441-5) and no 40 €.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildClaimDeclarationPdf,
  buildFormalNoticePdf,
  buildKitZip,
  buildPaymentPlanPdf,
  buildPenaltyInvoicePdf,
  buildReminderLetterPdf,
  type DocumentInput,
  equalInstallments,
  invoiceClaims,
} from '../../../core/documents';
import type { BuiltFile } from '../../../core/documents/model';
import { DEFAULT_SETTINGS } from '../../../core/model';
import { renderPenaltyClaim } from '../../../core/templates';
import * as S from '../../fixtures/documents/samples';
import { flat, pdfText } from './pdf-text';

const OUT = join(import.meta.dirname, '../../e2e/.artifacts/law');
mkdirSync(OUT, { recursive: true });

function save(name: string, file: BuiltFile, png = false): string {
  const path = join(OUT, `${name}_${file.fileName}`);
  writeFileSync(path, file.bytes);
  if (png)
    spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', path, path.replace(/\.pdf$/, '')]);
  return flat(pdfText(file.bytes)).replace(/\s+/g, ' ');
}

const asOf = '2026-04-02';
const consumer = S.client({
  id: 'c-karim',
  name: 'Karim Benali',
  kind: 'particulier',
  contactFirstName: 'Karim',
  address: '4 rue des Lilas\n69003 Lyon',
});
const consumerInvoice = S.invoice({
  id: 'i-karim',
  number: 'F-2026-020',
  clientId: consumer.id,
  totalCents: 90_000,
  amountDueCents: 90_000,
  dueDate: '2026-02-10',
  contractualRatePercent: 10,
  mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
});
const university = S.client({
  id: 'c-univ',
  name: 'Université Lumière Lyon 2',
  kind: 'public',
  address: '86 rue Pasteur\n69007 Lyon',
});
const univInvoice = S.invoice({
  id: 'i-univ',
  number: 'F-2026-030',
  clientId: university.id,
  totalCents: 200_000,
  amountDueCents: 200_000,
  dueDate: '2026-01-20',
});
const usdInvoice = S.invoice({
  id: 'i-usd',
  number: 'INV-USD-7',
  clientId: S.globex.id,
  totalCents: 300_000,
  amountDueCents: 300_000,
  currency: 'USD',
  dueDate: '2026-02-01',
  contractualRate: { kind: 'legal-multiple', factor: 3 },
  mentions: { dueDate: true, penaltyRate: true, recoveryIndemnity: true },
});
const withName = { ...S.globex, contactFirstName: 'Karen' };

const cases: Record<string, DocumentInput> = {
  consumer: { ...S.martinInput, client: consumer, invoices: [consumerInvoice], events: [], asOf },
  pro: S.acmeInput,
  public: { ...S.acmeInput, client: university, invoices: [univInvoice], events: [], asOf },
  usd: { ...S.globexInput, client: withName, invoices: [usdInvoice], events: [], asOf },
  english: S.globexInput,
};

describe('every document, regenerated for each kind of debtor', () => {
  for (const [name, input] of Object.entries(cases)) {
    it(`${name}: formal notice, reminder letter, payment plan and kit are produced and read back`, () => {
      const notice = save(`${name}-notice`, buildFormalNoticePdf(input), true);
      const letter = save(`${name}-letter`, buildReminderLetterPdf(input), true);
      const claims = invoiceClaims(input, input.asOf);
      const due = claims.reduce((s, c) => s + c.outstandingCents, 0);
      const plan = save(
        `${name}-plan`,
        buildPaymentPlanPdf({ ...input, installments: equalInstallments(due, 3, '2026-05-01') }),
        true,
      );
      for (const text of [notice, letter, plan]) expect(text).not.toMatch(/\d+,\d %|\d+\.\d% /);
      expect(plan).toMatch(/Mention manuscrite du débiteur|Handwritten statement by the debtor/);
      expect(plan).not.toMatch(/Lu et approuvé|Read and agreed/);
      expect(letter).toMatch(/d’ici le 10 avril 2026|by 10 April 2026/);
      if (name !== 'consumer') buildKitZip({ ...input, files: [] });
    });
  }

  it('a consumer’s documents cite no B2B article and no 40 €', () => {
    const input = cases.consumer!;
    const notice = save('consumer-notice-check', buildFormalNoticePdf(input));
    const letter = save('consumer-letter-check', buildReminderLetterPdf(input));
    const plan = save(
      'consumer-plan-check',
      buildPaymentPlanPdf({ ...input, installments: equalInstallments(90_000, 2, '2026-05-01') }),
    );
    for (const text of [notice, letter, plan]) {
      expect(text).not.toMatch(/L441-10|D441-5|indemnité forfaitaire|40,00 €/);
    }
    // The rate printed on the invoice runs only from the notice's receipt (C. civ. 1231-6, 1344-1).
    expect(notice).toContain('au taux contractuel de 10 % l’an (10,00 % l’an à ce jour)');
    expect(notice).toContain('à compter de sa réception et jusqu’au complet paiement');
    expect(notice).toContain('Bonjour Karim,');
    expect(plan).toContain('après une mise en demeure restée sans effet pendant quinze jours');
    expect(letter).toContain('une mise en demeure fera courir des intérêts au taux légal');
  });

  it('a public body: ECB + 8 points of the starting semester and the public-procurement code', () => {
    const notice = save('public-notice-check', buildFormalNoticePdf(cases.public!));
    expect(notice).toContain('10,15 % (BCE 2,15 % + 8 points)');
    expect(notice).toContain('Code de la commande publique');
    expect(notice).not.toContain('taux BCE + 10 points');
  });

  it('a USD invoice: interest in dollars, the 40 € apart in euros, never added', () => {
    const notice = save('usd-notice-check', buildFormalNoticePdf(cases.usd!));
    expect(notice).toContain('Dear Karen,');
    expect(notice).toContain('Yours sincerely,');
    expect(notice).toContain('outside the total');
    expect(notice).toContain('And, in euros Fixed recovery fees €40.00');
    expect(notice).toMatch(/US\$3,0\d\d\.\d\d and a fixed recovery fee of €40\.00/);
    expect(notice).toContain('60 days at 7.86% (3 ×');
    expect(notice).toContain('Total claimed US$3,038.76');
  });

  it('an English client without a contact name: "Dear Sir or Madam … Yours faithfully"', () => {
    const notice = save('english-notice-check', buildFormalNoticePdf(cases.english!));
    expect(notice).toContain('Dear Sir or Madam,');
    expect(notice).toContain('Yours faithfully,');
    expect(notice).toContain('Amount invoiced');
  });

  it('a late-paid invoice: one invoice and one e-mail claim the interest and the 40 €', () => {
    const paid = [S.event(S.acmeInvoice.id, '2026-03-16', { type: 'payment', amountCents: 150_000 })];
    const input = { ...S.acmeInput, events: paid, penaltyInvoiceNumber: 'F-2026-101' };
    const text = save('pro-penalty-invoice', buildPenaltyInvoicePdf(input), true);
    // 1 500 € × 12,15 % × 30 days (15/02 → 16/03) / 365 = 14,98 €, and the 40 €.
    expect(text).toContain('Facture n° F-2026-101 — pénalités de retard');
    expect(text).toContain('payée le 16/03/2026');
    expect(text).toContain('14,98 €');
    expect(text).toContain('Total à payer 54,98 €');
    expect(text).toContain('hors du champ de la TVA');
    const mail = renderPenaltyClaim({
      lang: 'fr',
      client: S.acme,
      invoice: S.acmeInvoice,
      events: paid,
      settings: { ...DEFAULT_SETTINGS, identity: S.settings.identity },
      now: asOf,
      penaltyInvoiceNumber: 'F-2026-101',
    });
    expect(mail?.subject).toBe('Pénalités de retard — facture F-2026-001');
    expect(mail?.body).toContain('des intérêts de retard de 14,98\u00a0€');
    expect(mail?.body).toContain('l’indemnité forfaitaire pour frais de recouvrement de 40,00\u00a0€');
  });
});

describe('the claim declaration (C. com. L622-17, L622-25)', () => {
  it('sorts échues and à échoir with their dates, and leaves post-judgment work out', () => {
    const notDue = S.invoice({
      id: 'i-initech-2',
      number: 'F-2026-040',
      clientId: S.initech.id,
      totalCents: 100_000,
      issueDate: '2026-03-01',
      dueDate: '2026-03-31',
    });
    const after = S.invoice({
      id: 'i-initech-3',
      number: 'F-2026-077',
      clientId: S.initech.id,
      totalCents: 50_000,
      issueDate: '2026-03-25',
      dueDate: '2026-04-24',
    });
    const text = save(
      'claim-declaration',
      buildClaimDeclarationPdf({
        ...S.initechInput,
        invoices: [S.initechInvoice, notDue, after],
        representative: S.mandataire,
        openingJudgmentDate: '2026-03-12',
      }),
      true,
    );
    expect(text).toContain('échue le 31/12/2025');
    expect(text).toMatch(/à échoir le (\S+ ){0,14}31\/03\/2026/);
    expect(text).toContain('échue pour partie et à échoir pour partie');
    expect(text).toContain('Non déclarées : n° F-2026-077');
    expect(text).toContain('C. com. art. L622-17');
    expect(text).toContain('publiée au BODACC le 20/03/2026');
  });
});
