/**
 * The welcome's words: the catalogue's `welcome` area (core/i18n/catalogue/welcome.ts) through
 * the one translator. Keys are written here without their area prefix; counts go through
 * Intl.PluralRules (`plural`). Values are inserted as text, never as markup.
 */
import { useContext } from 'preact/hooks';
import { welcome } from '../../core/i18n/catalogue/welcome';
import { translator } from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import { LanguageContext } from '../i18n/base';

type Prefixed = keyof typeof welcome;
export type WelcomeKey = Prefixed extends `welcome.${infer K}` ? K : never;
export type WelcomeT = (key: WelcomeKey, values?: Record<string, string | number>) => string;

export function welcomeTranslator(lang: Language): {
  t: WelcomeT;
  plural: (base: WelcomeKey, count: number) => string;
} {
  const translate = translator(welcome, lang) as unknown as (
    key: Prefixed,
    values?: Record<string, string | number>,
  ) => string;
  const t: WelcomeT = (key, values) => translate(`welcome.${key}` as Prefixed, values);
  const plural = (base: WelcomeKey, count: number) => t(base, { count });
  return { t, plural };
}

export function useWelcomeT() {
  const lang = useContext(LanguageContext);
  return { ...welcomeTranslator(lang), lang };
}
