import type { Language, Settings } from '../../core/model';
import { uiLanguage } from '../../core/platform';

export function languageOf(settings: Settings): Language {
  return settings.language === 'auto' ? uiLanguage() : settings.language;
}
