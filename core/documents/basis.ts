/**
 * The legal basis of each interest period, in the document's language. core/law states it in
 * French (BASIS); the references stay French in an English letter, explained in English.
 */
import { BASIS } from '../law';
import type { Language } from '../model';

const LABELS: Record<string, Record<Language, string>> = {
  [BASIS.ecbPlus10]: {
    fr: 'taux BCE + 10 points, C. com. art. L441-10 II',
    en: 'ECB rate + 10 points, French Commercial Code (C. com.) art. L441-10 II',
  },
  [BASIS.contractualPro]: {
    fr: 'taux contractuel, C. com. art. L441-10 II',
    en: 'contractual rate, C. com. art. L441-10 II',
  },
  [BASIS.legalMultiplePro]: {
    fr: 'taux contractuel : multiple du taux de l’intérêt légal de chaque semestre (CMF art. L313-2), C. com. art. L441-10 II',
    en: 'contractual rate: a multiple of each half-year’s statutory interest rate (CMF art. L313-2), C. com. art. L441-10 II',
  },
  [BASIS.ecbPlusPro]: {
    fr: 'taux contractuel : taux BCE de chaque semestre majoré, C. com. art. L441-10 II',
    en: 'contractual rate: each half-year’s ECB rate plus a margin, C. com. art. L441-10 II',
  },
  [BASIS.contractualParticulier]: {
    fr: 'taux contractuel, à compter de la mise en demeure, C. civ. art. 1103, 1231-6 et 1344-1',
    en: 'contractual rate, from the formal notice, French Civil Code (C. civ.) art. 1103, 1231-6 and 1344-1',
  },
  [BASIS.legalRate]: {
    fr: 'intérêts au taux légal à compter de la mise en demeure, C. civ. art. 1231-6 et 1344-1',
    en: 'statutory interest from the formal notice, French Civil Code (C. civ.) art. 1231-6 and 1344-1',
  },
  [BASIS.publicEcbPlus8]: {
    fr: 'intérêts moratoires au taux BCE + 8 points du semestre où ils ont commencé à courir, Code de la commande publique art. L2192-13 et R2192-31',
    en: 'late-payment interest at the ECB rate + 8 points of the half-year in which it started, French Public Procurement Code art. L2192-13 and R2192-31',
  },
};

/**
 * The indemnity's legal basis: D441-5 between businesses, the public-procurement code for a
 * public body. Checked against the published text:
 * L2192-13 (interest and the fixed indemnity due « de plein droit et sans autre formalité » from
 * the day after the payment deadline), R2192-31 (ECB rate of the first day of the half-year in
 * which interest started + 8 points; Légifrance LEGIARTI000037729653, in force since 1 April
 * 2019, as quoted by doctrine.fr and code-commande-publique.com), D2192-35 (the 40 €;
 * LEGIARTI000037729645), R2192-36 (paid within 45 days of the principal).
 */
export function indemnityBasis(kind: 'pro' | 'public', lang: Language): string {
  if (kind === 'public')
    return lang === 'fr'
      ? 'Code de la commande publique art. L2192-13 et D2192-35'
      : 'French Public Procurement Code art. L2192-13 and D2192-35';
  return lang === 'fr' ? 'C. com. art. L441-10 II et D441-5' : 'C. com. art. L441-10 II and D441-5';
}

export function basisLabel(basis: string, lang: Language): string {
  return LABELS[basis]?.[lang] ?? basis;
}
