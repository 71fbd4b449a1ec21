/**
 * The rate-kind field's translator: the same one as the whole UI, over the catalogue's
 * `rateKind` area alone, because the Gmail content script uses the field too and must stay small.
 */
import { rateKind } from '../../core/i18n/catalogue/rate-kind';
import { type Translate, translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';

export type RateT = Translate<typeof rateKind>;

export function rateT(lang: Language): RateT {
  return translator(rateKind, lang);
}
