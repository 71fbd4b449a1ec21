import { describe, expect, it } from 'vitest';
import { gmailAccountsOf } from '../../../core/app/gmail-accounts';
import { identityToSave } from '../../../core/app/settings';
import { DEFAULT_SETTINGS, type Identity } from '../../../core/model';

const blank = DEFAULT_SETTINGS.identity;

describe('identityToSave', () => {
  it('derives the SIREN from the SIRET and stores the numbers as letters print them', () => {
    const typed: Identity = {
      ...blank,
      name: ' Marie ',
      siret: '732 829 320 00074',
      iban: 'fr7630006000011234567890189',
      bic: 'bnpafrpp',
    };
    const { identity, problems } = identityToSave(blank, typed);
    expect(problems).toEqual({});
    expect(identity).toMatchObject({
      name: 'Marie',
      siret: '73282932000074',
      siren: '732829320',
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      bic: 'BNPAFRPP',
    });
  });

  it('keeps the stored value of a field with a problem and saves the others', () => {
    const stored: Identity = {
      ...blank,
      iban: 'FR76 3000 6000 0112 3456 7890 189',
      siret: '73282932000074',
      siren: '732829320',
    };
    const typed: Identity = {
      ...stored,
      name: 'Marie',
      iban: 'FR76 3000 6000 0112 3456 7890 188',
      siret: '123',
    };
    const { identity, problems } = identityToSave(stored, typed);
    expect(problems).toEqual({ iban: 'iban-checksum', siret: 'siret-digits' });
    expect(identity).toMatchObject({
      name: 'Marie',
      iban: stored.iban,
      siret: stored.siret,
      siren: '732829320',
    });
  });

  it('a SIRET cleared clears its SIREN; a SIREN stored alone stays', () => {
    const withSiret: Identity = { ...blank, siret: '73282932000074', siren: '732829320' };
    expect(identityToSave(withSiret, { ...withSiret, siret: '' }).identity.siren).toBe('');
    const sirenOnly: Identity = { ...blank, siren: '732829320' };
    expect(identityToSave(sirenOnly, sirenOnly).identity.siren).toBe('732829320');
  });
});

describe('gmailAccountsOf', () => {
  it('reads each signed-in account from the open Gmail tabs, by number and address', () => {
    expect(
      gmailAccountsOf([
        {
          url: 'https://mail.google.com/mail/u/1/#inbox',
          title: 'Boîte de réception (3) - pro@atelier.fr - Gmail',
        },
        // A subject holding an address: the account is the second-to-last segment.
        {
          url: 'https://mail.google.com/mail/u/0/#inbox/FMf',
          title: 'Re: facture - compta@acme.fr - marie@gmail.com - Gmail',
        },
        {
          url: 'https://mail.google.com/mail/u/0/#sent',
          title: 'Messages envoyés - marie@gmail.com - Gmail',
        },
        { url: 'https://mail.google.com/mail/u/2/', title: 'Gmail' },
        { url: 'https://example.com/mail/u/5/', title: 'x - a@b.fr - Gmail' },
        { title: 'no url' },
      ]),
    ).toEqual([
      { index: 0, email: 'marie@gmail.com' },
      { index: 1, email: 'pro@atelier.fr' },
      { index: 2, email: null },
    ]);
  });
});
