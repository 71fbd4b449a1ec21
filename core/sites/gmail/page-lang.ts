import type { Language } from '../../model';

/**
 * Gmail's UI language, from `<html lang>` ("fr", "fr-CA", "en-GB"…): the overlay speaks it, so a
 * French Gmail in an English browser reads « Facture … Suivre ». `null` for other languages.
 */
export function pageLanguage(htmlLang: string | null | undefined): Language | null {
  const primary = (htmlLang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

/**
 * The language of the Gmail overlay: the user's choice in the settings wins; on « auto », the
 * Gmail page's language, else the browser's.
 */
export function overlayLanguage(
  setting: 'auto' | Language,
  page: Language | null | undefined,
  browserUi: Language,
): Language {
  if (setting !== 'auto') return setting;
  return page ?? browserUi;
}
