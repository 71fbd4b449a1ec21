import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPaymentFields } from '../../../core/extract/text';
import { debtorOf, recoveryRoutes } from '../../../core/law';
import { signatureOf, sirenOf } from '../../../core/law/debtor-signature';
import { ClientSchema } from '../../../core/model';
import { detectInvoice } from '../../../core/sites/gmail/detect';
import type { GmailThread } from '../../../core/sites/gmail/types';
import { closeAll, profile } from '../hostile/harness';

afterAll(closeAll);

/** Client replies as Gmail gives their text (quotes left out), one file each. */
const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/signatures/${name}.txt`, import.meta.url), 'utf8');

/** A client known by name and e-mail only, as « Suivre » in Gmail creates it, plus a signature. */
const signed = (name: string, signature: string | null) =>
  debtorOf(ClientSchema.parse({ id: 'c1', name, kind: 'pro', signature }));

describe('signatureOf: the last lines of a client’s message', () => {
  it('takes the lines after the closing formula, or after « -- »', () => {
    expect(signatureOf(fixture('fr-sas-villeurbanne'))).toBe(
      [
        'Julie Bernard',
        'Responsable administrative',
        'Atelier Nord — SAS au capital de 20 000 €',
        '3 cours Émile Zola',
        '69100 Villeurbanne',
        'RCS Lyon 812 345 678',
        'Tél. 04 78 00 00 00',
      ].join('\n'),
    );
    expect(signatureOf(fixture('fr-universite'))?.split('\n')[0]).toBe('Service facturier');
    expect(signatureOf(fixture('uk-ltd'))?.split('\n').slice(0, 2)).toEqual(['John Smith', 'Widgets Ltd']);
  });

  it('finds none in a bare reply, and never more than 8 lines / 600 characters', () => {
    expect(signatureOf(fixture('no-signature'))).toBeNull();
    expect(signatureOf('')).toBeNull();
    expect(signatureOf(null)).toBeNull();
    const long = `Cordialement,\n${Array.from({ length: 30 }, (_, i) => `ligne ${i} ${'x'.repeat(60)}`).join('\n')}`;
    const sig = signatureOf(long) ?? '';
    expect(sig.split('\n').length).toBeLessThanOrEqual(8);
    expect(sig.length).toBeLessThanOrEqual(600);
  });

  it('reads a SIREN from RCS, SIRET or the VAT number', () => {
    expect(sirenOf('RCS Lyon 812 345 678')).toBe('812345678');
    expect(sirenOf('SIRET 196 917 744 00019')).toBe('196917744');
    expect(sirenOf('N° TVA intracommunautaire : FR 40 812345678')).toBe('812345678');
    expect(sirenOf('Tél. 04 78 00 00 00')).toBeNull();
  });
});

describe('the legal-type guess reads the client’s e-mail signature (fixtures)', () => {
  it.each([
    ['fr-sas-villeurbanne', 'Julie Bernard', 'commercial', 'SAS', 'FR'],
    ['fr-architecte', 'Hélène Moreau', 'non-trader', 'Architecte', 'FR'],
    ['fr-sci', 'Marc Petit', 'non-trader', 'SCI', 'FR'],
    ['fr-universite', 'Service facturier', 'public', 'SIREN 196917744', 'FR'],
    ['be-srl', 'Luc Dumont', 'commercial', 'SRL', 'BE'],
    ['uk-ltd', 'John Smith', 'commercial', 'Ltd', 'GB'],
  ])(
    '%s: %s is %s (« %s »), country %s, said to come from the signature',
    (file, name, type, clue, country) => {
      const profile = signed(name, signatureOf(fixture(file)));
      expect(profile.guess).toEqual({ legalType: type, clue, from: 'signature' });
      expect(profile.debtor.country).toBe(country);
      expect(profile.countryGuessed).toBe(true);
    },
  );

  it('the name and the user’s notes come first; the user’s choice wins over any guess', () => {
    const sig = signatureOf(fixture('fr-sci'));
    expect(signed('Durand SARL', sig).guess).toEqual({ legalType: 'commercial', clue: 'SARL' });
    const chosen = debtorOf(
      ClientSchema.parse({ id: 'c1', name: 'X', kind: 'pro', signature: sig, legalType: 'commercial' }),
    );
    expect(chosen.guess).toBeNull();
    expect(chosen.debtor.legalType).toBe('commercial');
  });

  it('the signature’s address places the debtor: Villeurbanne is in the area of the TAE de Lyon', () => {
    const { debtor } = signed('Julie Bernard', signatureOf(fixture('fr-sas-villeurbanne')));
    expect(debtor).toMatchObject({ postalCode: '69100', town: 'Villeurbanne', legalType: 'commercial' });
    const [first] = recoveryRoutes({ debtor, amountCents: 150_000, disputed: false, asOf: '2026-12-01' });
    expect(first?.court).toEqual({ kind: 'tae', name: 'Tribunal des activités économiques de Lyon' });
  });

  it('an address on file wins over the signature’s', () => {
    const p = debtorOf(
      ClientSchema.parse({
        id: 'c1',
        name: 'Julie Bernard',
        kind: 'pro',
        address: '1 rue de la Paix\n75002 Paris',
        signature: signatureOf(fixture('fr-sas-villeurbanne')),
      }),
    );
    expect(p.debtor.postalCode).toBe('75002');
  });

  it('a university’s signature (SIRET starting with 1 or 2): a public body, so the administrative route', () => {
    const { debtor } = signed('Service facturier', signatureOf(fixture('fr-universite')));
    expect(recoveryRoutes({ debtor, amountCents: 150_000, disputed: false, asOf: '2026-12-01' })[0]?.id).toBe(
      'juge-administratif',
    );
  });
});

describe('Gmail passes the signature as data, and « Suivre » stores it on the client', () => {
  const me = { email: 'camille@exemple.fr', name: 'Camille Martin' };
  const client = { email: 'julie@ateliernord.fr', name: 'Julie Bernard' };
  const message = (over: Partial<GmailThread['messages'][number]>): GmailThread['messages'][number] => ({
    messageId: 'm1',
    from: me,
    to: [client],
    dateTitle: null,
    date: '2026-11-02',
    bodyText: '',
    quotedText: '',
    attachments: [],
    ...over,
  });
  const thread: GmailThread = {
    threadId: 't1',
    permThreadId: null,
    subject: 'Facture F-2026-040',
    layout: 'a98',
    messages: [
      message({
        bodyText: 'Bonjour Julie,\n\nVoici la facture F-2026-040 de 1 200,00 €.\n\nCordialement,\nCamille',
      }),
      message({ messageId: 'm2', from: client, to: [me], bodyText: fixture('fr-sas-villeurbanne') }),
    ],
  };

  it('detectInvoice gives the signature of the client’s own last message, never the user’s', () => {
    const found = detectInvoice(thread, me.email, extractPaymentFields);
    expect(found?.clientSignature).toContain('SAS au capital');
    expect(found?.clientSignature).not.toContain('Camille');
    const onlyMine = { ...thread, messages: [thread.messages[0] as GmailThread['messages'][number]] };
    expect(detectInvoice(onlyMine, me.email, extractPaymentFields)?.clientSignature).toBeNull();
  });

  it('the background stores it; the guess then reads it; markup stays text', async () => {
    const { db, from } = profile();
    for (const [number, signature] of [
      ['G-1', signatureOf(fixture('fr-sas-villeurbanne'))],
      ['G-2', signatureOf(fixture('hostile'))],
    ] as const) {
      const answer = await from('gmail')('invoice/track', {
        threadId: `t-${number}`,
        messageId: null,
        account: 0,
        number,
        totalCents: 120_000,
        currency: 'EUR',
        issueDate: null,
        dueDate: '2026-11-30',
        paymentTerms: null,
        clientName: number === 'G-1' ? 'Julie Bernard' : 'Hostile',
        clientEmail: null,
        clientKind: 'pro',
        addressing: 'vous',
        contactFirstName: null,
        clientSignature: signature,
        language: 'fr',
        mentions: { dueDate: true, penaltyRate: false, recoveryIndemnity: false },
      });
      expect(answer.ok).toBe(true);
    }
    const [julie, hostile] = await Promise.all([
      db.clients.where('name').equals('Julie Bernard').first(),
      db.clients.where('name').equals('Hostile').first(),
    ]);
    expect(julie?.signature).toContain('RCS Lyon 812 345 678');
    expect(julie && debtorOf(julie).guess).toEqual({
      legalType: 'commercial',
      clue: 'SAS',
      from: 'signature',
    });
    expect(hostile?.signature).toContain('<script>alert(2)</script>');
    expect(hostile && debtorOf(hostile).guess?.clue).toBe('SARL');
  });
});
