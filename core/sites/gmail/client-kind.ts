import type { ClientKind } from '../../model';

/** Legal forms that say "a company" in a name (FR, UK, US, DE…). Short ones are case-sensitive. */
const COMPANY_FORM =
  /\b(SAS|SASU|SARL|EURL|SA|SNC|SCI|SCOP|SELARL|SCP|GIE|LLP|LLC|PLC|GmbH|AG|BV|SRL|SpA)\b|\b(ltd|limited|inc|corp|company|société|societe|agence|studio)\b\.?/i;
const SHORT_FORMS = new Set(['sa', 'ag', 'bv', 'spa', 'srl', 'sci', 'snc', 'scp', 'gie']);

/** Consumer mailbox providers: an address there is most likely a private person's. */
const WEBMAIL = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.fr',
  'yahoo.com',
  'yahoo.co.uk',
  'hotmail.fr',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.fr',
  'outlook.com',
  'live.fr',
  'live.com',
  'msn.com',
  'orange.fr',
  'wanadoo.fr',
  'free.fr',
  'sfr.fr',
  'neuf.fr',
  'laposte.net',
  'bbox.fr',
  'numericable.fr',
  'club-internet.fr',
  'aliceadsl.fr',
  'aol.com',
  'aol.fr',
  'icloud.com',
  'me.com',
  'mac.com',
  'gmx.fr',
  'gmx.com',
  'gmx.de',
  'web.de',
  't-online.de',
  'proton.me',
  'protonmail.com',
  'yandex.com',
  'btinternet.com',
  'skynet.be',
]);

/**
 * A first guess of who the client is, which the user confirms: the law differs (B2B penalties
 * and the 40 € indemnity vs consumer rules). `null` when nothing hints either way.
 */
export function guessClientKind(name: string | null, email: string | null): ClientKind | null {
  const form = name?.match(COMPANY_FORM);
  // "sa" is also a French possessive: only the upper-case legal form counts.
  if (form && !(SHORT_FORMS.has(form[0].toLowerCase()) && form[0] !== form[0].toUpperCase())) return 'pro';
  const domain = email?.split('@')[1]?.toLowerCase().trim();
  if (!domain) return null;
  return WEBMAIL.has(domain) ? 'particulier' : 'pro';
}
