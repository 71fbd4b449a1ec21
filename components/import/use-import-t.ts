import { useContext } from 'preact/hooks';
import type { Language } from '../../core/model';
import { LanguageContext } from '../i18n/base';
import { type ImportT, importT } from './i18n';

/** Works before and after these keys are merged into components/i18n. */
export function useImportT(): { t: ImportT; lang: Language } {
  const lang = useContext(LanguageContext);
  return { t: importT(lang), lang };
}
