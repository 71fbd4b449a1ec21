/**
 * File names say what the file is and survive every mail client and file system:
 * `Mise-en-demeure_F-2026-001_Acme-SAS.pdf`. Accents are stripped, spaces become « - »,
 * anything outside [A-Za-z0-9._-] is dropped.
 */
import { countOf } from '../i18n/plural';

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss', '’': '-', "'": '-' };

export function safeName(text: string, maxLength = 60): string {
  const ascii = text
    .replace(/Œ(?=\p{Ll})/gu, 'Oe')
    .replace(/[œŒæÆß’']/g, (ch) => LIGATURES[ch] ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\s/\\]+/g, '-')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return ascii.slice(0, maxLength).replace(/[-.]+$/, '');
}

/** « F-2026-001 » or « F-2026-001-et-2-autres » when a document covers several invoices. */
export function invoicesPart(numbers: readonly string[], lang: 'fr' | 'en'): string {
  const first = numbers[0] ?? '';
  if (numbers.length <= 1) return first;
  const more = numbers.length - 1;
  return lang === 'fr'
    ? `${first} et ${countOf('fr', more, 'autre', 'autres')}`
    : `${first} and ${more} more`;
}

export function documentFileName(prefix: string, parts: readonly string[], extension: string): string {
  const named = [prefix, ...parts].map((p) => safeName(p)).filter(Boolean);
  return `${named.join('_')}.${extension}`;
}

/** « Mise en demeure de payer — Acme SAS — F-2026-001 et 11 autres »: PDF title and running header. */
export function documentTitle(
  label: string,
  clientName: string,
  numbers: readonly string[],
  lang: 'fr' | 'en',
): string {
  return [label, clientName, invoicesPart(numbers, lang)].filter(Boolean).join(' — ');
}
