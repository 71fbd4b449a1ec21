/**
 * Who the debtor is in law, for recoveryRoutes: the user's answer when given, else a guess from
 * what we know (name, SIREN, NAF code, the client's e-mail signature), always shown as a guess.
 * Legal forms and their court (C. com. L721-3: commercial companies to the commercial
 * court; SCI, SCM, associations, liberal professions, farmers to the tribunal judiciaire).
 */
import type { Client, LegalType } from '../model';
import { sirenOf } from './debtor-signature';
import type { RouteInput } from './routes';

export interface LegalTypeGuess {
  legalType: LegalType;
  /** What gave it away, in the text's own words (« SAS », « SIREN 2… », « RCS »). */
  clue: string;
  /** Where the clue was read: the client's e-mail signature is said, the rest is plain. */
  from?: 'signature';
}

export interface GuessSource {
  name: string;
  siren?: string | null;
  /** NAF/APE code, e.g. « 71.11Z ». */
  naf?: string | null;
  /** Free text about the client: the user's notes, a letterhead. */
  text?: string | null;
  /** The client's own e-mail signature, read in Gmail (core/law/debtor-signature.ts). */
  signature?: string | null;
  kind?: Client['kind'];
}

/** Accents off, dots inside acronyms removed (« S.A.R.L. » → « SARL »). */
function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\b([A-Z])\.(?=[A-Z]\.?)/g, '$1')
    .replace(/\b([A-Z]{2,})\./g, '$1');
}

/** Case-sensitive legal-form acronyms (« SA » must not match « sa »), then words in any case. */
const RULES: { type: LegalType; acronyms?: RegExp; words?: RegExp }[] = [
  {
    type: 'public',
    words:
      /\b(universite|university|commune de|mairie|ville de|ministere|prefecture|conseil (departemental|regional)|centre hospitalier|CHU|lycee|college|communaute (de communes|d'agglomeration|urbaine)|metropole|etablissement public|syndicat mixte)\b/i,
  },
  {
    type: 'non-trader',
    acronyms: /\b(SCI|SCM|SCP|SCEA|GAEC|EARL)\b/,
    words:
      /\b(association|asso|loi 1901|fondation|syndicat des coproprietaires|avocats?|notaires?|architectes?|medecins?|docteur|dentiste|kinesitherapeute|infirmiere?|psychologue|osteopathe|expert-comptable|geometre|societe civile)\b/i,
  },
  { type: 'artisan', words: /\b(artisan|repertoire des metiers|chambre de metiers)\b/i },
  {
    type: 'commercial',
    acronyms:
      /\b(SAS|SASU|SARL|EURL|SA|SNC|SCA|SCS|SE|RCS|Ltd|LTD|LLC|GmbH|BV|NV|SPRL|SRL|Inc|PLC|AG|SpA|SL)\b/,
    words:
      /\b(societe anonyme|societe par actions simplifiee|a responsabilite limitee|registre du commerce)\b/i,
  },
];

function fromText(text: string): LegalTypeGuess | null {
  const t = normalize(text);
  for (const rule of RULES) {
    const m = rule.acronyms?.exec(t) ?? rule.words?.exec(t);
    if (m) return { legalType: rule.type, clue: m[0] };
  }
  return null;
}

/**
 * NAF divisions that say the type: 84 public administration; 69 (legal, accounting), 71.11
 * (architects), 75 (vets), 86 (health), 94 (associations) are liberal or non-profit activities.
 * NAF 2008 divisions (INSEE, https://www.insee.fr/fr/information/2406147).
 */
function fromNaf(naf: string): LegalTypeGuess | null {
  const code = naf.replace(/\s/g, '').toUpperCase();
  if (/^84/.test(code)) return { legalType: 'public', clue: `NAF ${code}` };
  if (/^(69|71\.?11|75|86|94)/.test(code)) return { legalType: 'non-trader', clue: `NAF ${code}` };
  return null;
}

/** A signature's SIREN (public when it starts with 1 or 2), else its legal-form words. */
function fromSignature(signature: string): LegalTypeGuess | null {
  const siren = sirenOf(signature);
  if (siren && /^[12]/.test(siren)) return { legalType: 'public', clue: `SIREN ${siren}`, from: 'signature' };
  const found = fromText(signature);
  return found ? { ...found, from: 'signature' } : null;
}

export function guessLegalType(source: GuessSource): LegalTypeGuess | null {
  // SIREN of French public bodies start with 1 or 2 (INSEE numbering, as summarised by
  // Wikipedia « SIREN code »: "French public organizations have 1 or 2 as first digit").
  const siren = source.siren?.replace(/\s/g, '') ?? '';
  if (/^[12]\d{8}$/.test(siren)) return { legalType: 'public', clue: `SIREN ${siren}` };
  const guess =
    fromText(source.name) ??
    (source.naf ? fromNaf(source.naf) : null) ??
    (source.text ? fromText(source.text) : null);
  if (guess) return guess;
  const signed = source.signature ? fromSignature(source.signature) : null;
  if (signed) return signed;
  return source.kind === 'particulier' ? { legalType: 'consumer', clue: 'particulier' } : null;
}

const COUNTRIES: [RegExp, string][] = [
  [/\b(belgique|belgium|belgie)\b/i, 'BE'],
  [/\b(royaume-uni|united kingdom|uk|england|scotland|wales|great britain)\b/i, 'GB'],
  [/\b(allemagne|germany|deutschland)\b/i, 'DE'],
  [/\b(espagne|spain|espana)\b/i, 'ES'],
  [/\b(italie|italy|italia)\b/i, 'IT'],
  [/\b(suisse|switzerland|schweiz|svizzera)\b/i, 'CH'],
  [/\b(luxembourg)\b/i, 'LU'],
  [/\b(pays-bas|netherlands|nederland)\b/i, 'NL'],
  [/\b(portugal)\b/i, 'PT'],
  [/\b(irlande|ireland)\b/i, 'IE'],
  [/\b(danemark|denmark|danmark)\b/i, 'DK'],
  [/\b(etats-unis|usa|united states)\b/i, 'US'],
  [/\b(canada)\b/i, 'CA'],
  [/\b(france)\b/i, 'FR'],
];

/** The country named on the address's last lines; null when none is named. */
export function guessCountry(address: string | null | undefined): string | null {
  const lines = normalize(address ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(-2).reverse()) {
    for (const [re, code] of COUNTRIES) if (re.test(line)) return code;
  }
  return null;
}

/** The French postal code of the address's last line that has one. */
export function postalCodeOf(address: string | null | undefined): string | null {
  const lines = (address ?? '').split('\n').reverse();
  for (const line of lines) {
    const m = /\b(\d{5})\b/.exec(line);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** The commune after the French postal code on the address's last line that has one. */
export function townOf(address: string | null | undefined): string | null {
  const lines = (address ?? '').split('\n').reverse();
  for (const line of lines) {
    const m = /\b\d{5}\s+(.+)$/.exec(line.trim());
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/** The signature's lines up to the one with a postal code, so the country rule reads its end. */
function signatureAddress(signature: string | null): string | null {
  if (!signature) return null;
  const lines = signature.split('\n');
  const last = lines.findLastIndex((l) => /\b\d{4,5}\b\s+\p{L}/u.test(l) && !/\d{3}\s?\d{3}\s?\d{3}/.test(l));
  return last >= 0 ? lines.slice(0, last + 2).join('\n') : null;
}

/** A signature line that is only a country's name (« Belgique », « United Kingdom »). */
function countryLine(signature: string | null): string | null {
  for (const line of (signature ?? '').split('\n').reverse()) {
    if (/^[\p{L} .'-]{2,30}$/u.test(line.trim())) {
      const code = guessCountry(line);
      if (code) return code;
    }
  }
  return null;
}

export interface DebtorProfile {
  debtor: RouteInput['debtor'];
  /** The legal type is our guess (shown as such), or null when the user set it. */
  guess: LegalTypeGuess | null;
  countryGuessed: boolean;
}

/** The debtor as recoveryRoutes takes it, from a client record. */
export function debtorOf(
  client: Pick<Client, 'name' | 'kind' | 'siren' | 'address' | 'notes' | 'legalType' | 'country'> &
    Partial<Pick<Client, 'signature'>>,
): DebtorProfile {
  const signature = client.signature ?? null;
  const guess = client.legalType
    ? null
    : guessLegalType({
        name: client.name,
        siren: client.siren,
        text: client.notes,
        signature,
        kind: client.kind,
      });
  const legalType = client.legalType ?? guess?.legalType;
  // With no address on file, the signature's address stands in (still a guess: countryGuessed).
  const address = client.address?.trim() ? client.address : signatureAddress(signature);
  const named = guessCountry(address) ?? (client.address?.trim() ? null : countryLine(signature));
  const country = client.country ?? named ?? 'FR';
  const postalCode = country === 'FR' ? postalCodeOf(address) : null;
  const town = postalCode ? townOf(address) : null;
  return {
    debtor: {
      kind: legalType === 'public' ? 'public' : client.kind,
      ...(legalType ? { legalType } : {}),
      country,
      ...(postalCode ? { postalCode } : {}),
      ...(town ? { town } : {}),
    },
    guess,
    countryGuessed: !client.country,
  };
}
