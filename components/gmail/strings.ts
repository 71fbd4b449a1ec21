/**
 * The Gmail card's translator: the same one as the whole UI, over the catalogue's `gmail` area
 * alone (core/i18n/catalogue/gmail.ts), so the content script stays small.
 */
import { gmail } from '../../core/i18n/catalogue/gmail';
import { type Translate, translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';

export type GmailLang = Language;
export type GmailT = Translate<typeof gmail>;

export function gmailT(lang: GmailLang): GmailT {
  return translator(gmail, lang);
}
