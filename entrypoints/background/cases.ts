import { allCases } from '../../core/db';
import type { Language, Settings } from '../../core/model';
import { uiLanguage } from '../../core/platform';

/** Every invoice with its client, events and scenario, read in one transaction. */
export const loadCases = allCases;

export function languageOf(settings: Settings): Language {
  return settings.language === 'auto' ? uiLanguage() : settings.language;
}
