import { formatDate } from '../dates';
import type { Language, StepAction, Tone } from '../model';
import type { NextAction } from './next-action-types';

const FR_ACTION: Record<StepAction, string> = {
  email: 'relance par e-mail',
  phone: 'appel',
  letter: 'courrier',
  registered_letter: 'lettre recommandée',
  formal_notice: 'mise en demeure',
  court_filing: 'injonction de payer',
};
const EN_ACTION: Record<StepAction, string> = {
  email: 'email reminder',
  phone: 'phone call',
  letter: 'letter',
  registered_letter: 'registered letter',
  formal_notice: 'formal notice',
  court_filing: 'court order for payment',
};
const FR_EMAIL_TONE: Record<Tone, string> = {
  courteous: 'relance courtoise',
  firm: 'relance ferme',
  insistent: 'relance insistante',
  formal: 'dernier rappel',
};
const EN_EMAIL_TONE: Record<Tone, string> = {
  courteous: 'friendly reminder',
  firm: 'firm reminder',
  insistent: 'insistent reminder',
  formal: 'final reminder',
};

export function stepName(action: StepAction, tone: Tone, lang: Language): string {
  if (action === 'email') return (lang === 'fr' ? FR_EMAIL_TONE : EN_EMAIL_TONE)[tone];
  return (lang === 'fr' ? FR_ACTION : EN_ACTION)[action];
}

/** « J+15 », "D+15", « J-3 ». */
export function dayLabel(offsetDays: number, lang: Language): string {
  const letter = lang === 'fr' ? 'J' : 'D';
  return `${letter}${offsetDays >= 0 ? '+' : '-'}${Math.abs(offsetDays)}`;
}

/** One line for the card: « prochaine étape : relance ferme (J+15) ». */
export function describeNext(action: NextAction, lang: Language): string {
  const fr = lang === 'fr';
  switch (action.kind) {
    case 'step': {
      // A claim once disputed is not for the injonction de payer (C. proc. civ. art. 1405 and
      // 1409: the judge decides on the creditor's documents alone, without hearing the debtor): the court
      // step offers a summons on the merits or the référé-provision instead.
      const contested =
        action.step.action === 'court_filing' && action.warnings.includes('court-filing-contested');
      const name = contested
        ? fr
          ? 'assignation ou référé-provision (créance contestée)'
          : 'summons or interim payment (disputed claim)'
        : stepName(action.step.action, action.step.tone, lang);
      const late = action.lateOnPlan ? (fr ? ' — en retard sur le plan' : ' — behind plan') : '';
      return `${fr ? 'à faire aujourd’hui : ' : 'due today: '}${name} (${dayLabel(action.step.offsetDays, lang)})${late}`;
    }
    case 'wait':
      if (action.reason === 'dispute')
        return fr
          ? 'en litige : relances suspendues, proposez une médiation ou une conciliation'
          : 'disputed: reminders paused, offer mediation or conciliation';
      if (action.reason === 'promise')
        return fr
          ? `paiement promis le ${formatDate(action.promise.promisedDate, lang)}`
          : `promised to pay on ${formatDate(action.promise.promisedDate, lang)}`;
      if (action.reason === 'payment-plan') return fr ? 'échéancier en cours' : 'payment plan running';
      if (action.reason === 'client-excluded')
        return fr
          ? `client exclu des relances depuis le ${formatDate(action.exclusion.since, lang)}`
          : `client excluded from reminders since ${formatDate(action.exclusion.since, lang)}`;
      if (action.reason === 'payment-announced')
        return fr
          ? `virement annoncé le ${formatDate(action.announcedOn, lang)} : relances en pause jusqu’au ${formatDate(action.until, lang)}`
          : `transfer announced on ${formatDate(action.announcedOn, lang)}: reminders paused until ${formatDate(action.until, lang)}`;
      return `${fr ? 'prochaine étape : ' : 'next step: '}${stepName(action.step.action, action.step.tone, lang)} (${dayLabel(action.step.offsetDays, lang)})`;
    case 'declare-claim':
      return fr
        ? 'procédure collective : déclarer la créance au mandataire'
        : 'insolvency: declare the claim';
    case 'none':
      if (action.reason === 'paid') return fr ? 'payée' : 'paid';
      if (action.reason === 'written_off') return fr ? 'abandonnée' : 'written off';
      if (action.reason === 'claim-declared') return fr ? 'créance déclarée' : 'claim declared';
      return fr ? 'toutes les étapes sont faites' : 'every step is done';
  }
}
