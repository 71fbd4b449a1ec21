/**
 * Warnings are stable codes (`name` or `name:argument`), so that the UI, the tests and the
 * stored data never depend on a sentence; `describeWarning` turns one into French or English.
 */
import { formatDate } from '../dates';
import type { Language } from '../model';
import { ratesForSemester, type Semester } from './rates';
import { parseWarning, type WarningName } from './warning-codes';

export {
  parseWarning,
  WARNING_NAMES,
  type WarningCode,
  type WarningName,
  warningCode,
} from './warning-codes';

/** `2026-S2` → « 2nd semestre 2026 » / "second half of 2026"; a date → its local form. */
function argumentText(argument: string, lang: Language): string {
  const semester = /^(\d{4})-S([12])$/.exec(argument);
  if (semester) {
    const [, year, half] = semester;
    if (lang === 'fr') return `${half === '1' ? '1er' : '2nd'} semestre ${year}`;
    return `${half === '1' ? 'first' : 'second'} half of ${year}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(argument)) return formatDate(argument, lang);
  return argument;
}

type Sentence = (arg: string) => string;

/** « 7,86 % », the floor of a semester (`2026-S1`) from the bundled table; '' when unknown. */
function floorOf(argument: string, lang: Language): string {
  if (!/^\d{4}-S[12]$/.test(argument)) return '';
  const floor = Math.round(ratesForSemester(argument as Semester).legalRatePercent * 300) / 100;
  const text = floor.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB', { minimumFractionDigits: 2 });
  return lang === 'fr' ? `${text}\u00a0%` : `${text}%`;
}

/** The floor warning's argument is a semester; its sentence also says what may be claimed. */
const FLOOR = {
  fr: (s: string, floor: string) =>
    `Le taux contractuel est inférieur à 3 fois le taux d’intérêt légal du ${s}, plancher de l’art. L441-10 II du Code de commerce : la clause expose à une amende administrative (L441-16), et vous pouvez réclamer au moins ce plancher${floor ? ` (${floor})` : ''}.`,
  en: (s: string, floor: string) =>
    `The contractual rate is below 3 times the legal interest rate of the ${s}, the floor set by French Commercial Code art. L441-10 II: the clause exposes you to an administrative fine (L441-16), and you may claim at least that floor${floor ? ` (${floor})` : ''}.`,
};

const FR: Record<WarningName, Sentence> = {
  'provisional-rate': (s) =>
    `Le taux du ${s} n’est pas encore vérifié : le dernier taux connu est utilisé (provisoire). Confirmez-le ou corrigez-le dans les réglages.`,
  'contractual-rate-below-floor': (s) => s,
  'particulier-needs-formal-notice': () =>
    'Client particulier : les intérêts ne courent qu’à partir de la réception d’une mise en demeure (C. civ. art. 1231-6 et 1344-1), même si la facture indique un taux. Aucun intérêt n’est compté pour l’instant.',
  'terms-default-30-days': () =>
    'Aucun délai indiqué : le délai légal par défaut s’applique, 30 jours après la prestation (C. com. art. L441-10 I).',
  'terms-unreadable': (t) =>
    `Conditions de paiement non reconnues${t ? ` (« ${t} »)` : ''} : indiquez l’échéance.`,
  'terms-need-issue-date': () => 'La date de facture est nécessaire pour calculer l’échéance.',
  'terms-exceed-legal-maximum': (d) =>
    `L’échéance dépasse le maximum légal entre professionnels (60 jours après la facture ou 45 jours fin de mois, C. com. art. L441-10 I)${d ? ` : au plus tard le ${d}` : ''}.`,
  'prescription-soon': (d) =>
    `Prescription proche : sans action en justice avant le ${d}, la créance ne pourra plus être réclamée. Une mise en demeure n’interrompt pas la prescription.`,
  'prescription-passed': (d) =>
    `La créance est peut-être prescrite depuis le ${d} : vérifiez avec un professionnel du droit avant toute action.`,
  'claim-deadline-soon': (d) =>
    `Procédure collective : déclarez la créance au mandataire judiciaire avant le ${d} (C. com. art. L622-24).`,
  'claim-deadline-passed': (d) =>
    `Le délai de déclaration de créance a expiré le ${d} : une demande de relevé de forclusion reste possible dans les 6 mois de la publication au BODACC (C. com. art. L622-26).`,
  'court-filing-contested': () =>
    'Cette facture a été contestée : l’injonction de payer n’est pas adaptée à une créance contestée. Privilégiez la discussion ou la médiation.',
};

const EN: Record<WarningName, Sentence> = {
  'provisional-rate': (s) =>
    `The rate for the ${s} is not verified yet: the latest known rate is used (provisional). Confirm or correct it in the settings.`,
  'contractual-rate-below-floor': (s) => s,
  'particulier-needs-formal-notice': () =>
    'Consumer client: interest only runs from receipt of a formal notice (French Civil Code art. 1231-6 and 1344-1), even when the invoice states a rate. No interest is counted yet.',
  'terms-default-30-days': () =>
    'No payment term stated: the statutory default applies, 30 days after the service (French Commercial Code art. L441-10 I).',
  'terms-unreadable': (t) =>
    `Payment terms not recognised${t ? ` ("${t}")` : ''}: please enter the due date.`,
  'terms-need-issue-date': () => 'The invoice date is needed to compute the due date.',
  'terms-exceed-legal-maximum': (d) =>
    `The due date exceeds the legal maximum between businesses (60 days after the invoice or 45 days end of month, French Commercial Code art. L441-10 I)${d ? `: ${d} at the latest` : ''}.`,
  'prescription-soon': (d) =>
    `Limitation period ending: without court action before ${d}, the debt can no longer be claimed. A formal notice does not stop the clock.`,
  'prescription-passed': (d) =>
    `The claim may be time-barred since ${d}: check with a legal professional before acting.`,
  'claim-deadline-soon': (d) =>
    `Insolvency proceedings: file the claim with the court-appointed administrator before ${d} (French Commercial Code art. L622-24).`,
  'claim-deadline-passed': (d) =>
    `The deadline to file the claim passed on ${d}: relief can still be requested within 6 months of the BODACC publication (art. L622-26).`,
  'court-filing-contested': () =>
    'This invoice was disputed: a payment order (injonction de payer) is not meant for contested claims. Talk it through or try mediation first.',
};

/** A warning code as a sentence for the user; unknown codes are returned as they are. */
export function describeWarning(code: string, lang: Language = 'fr'): string {
  const { name, argument } = parseWarning(code);
  if (!name) return code;
  if (name === 'contractual-rate-below-floor')
    return FLOOR[lang](argumentText(argument, lang), floorOf(argument, lang));
  return (lang === 'fr' ? FR : EN)[name](argumentText(argument, lang));
}
