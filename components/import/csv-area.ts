/**
 * The invoice import's words: the CSV area and the column step / re-import area of the one
 * catalogue (core/i18n/catalogue), through the one translator.
 */
import { csv } from '../../core/i18n/catalogue/csv';
import { reimport } from '../../core/i18n/catalogue/reimport';
import type { PlainKey, Translate } from '../../core/i18n/translate';

export const csvArea = { ...csv, ...reimport };
export interface CsvT {
  t: Translate<typeof csvArea>;
}
export type CsvKey = PlainKey<typeof csvArea>;
