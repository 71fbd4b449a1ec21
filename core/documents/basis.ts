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
  [BASIS.contractualParticulier]: {
    fr: 'taux contractuel, C. civ. art. 1103 et 1231-6',
    en: 'contractual rate, French Civil Code (C. civ.) art. 1103 and 1231-6',
  },
  [BASIS.legalRate]: {
    fr: 'taux de l’intérêt légal, C. civ. art. 1231-6 et 1344-1',
    en: 'statutory interest rate, French Civil Code (C. civ.) art. 1231-6 and 1344-1',
  },
};

export function basisLabel(basis: string, lang: Language): string {
  return LABELS[basis]?.[lang] ?? basis;
}
