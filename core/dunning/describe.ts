import { formatDate } from '../dates';
import { steps } from '../i18n/catalogue/steps';
import { translator } from '../i18n/translate';
import type { Language, StepAction, Tone } from '../model';
import type { NextAction } from './next-action-types';

/** The words are the catalogue's `steps` area (core/i18n), like every UI text. */
export function stepName(action: StepAction, tone: Tone, lang: Language): string {
  const t = translator(steps, lang);
  return action === 'email' ? t(`step.tone.${tone}`) : t(`step.action.${action}`);
}

/** « J+15 », "D+15", « J-3 ». */
export function dayLabel(offsetDays: number, lang: Language): string {
  // A string, not a number: a day count is never written with a thousands space.
  const days = String(Math.abs(offsetDays));
  return translator(steps, lang)(offsetDays >= 0 ? 'step.day.after' : 'step.day.before', { days });
}

/** One line for the card: « prochaine étape : relance ferme (J+15) ». */
export function describeNext(action: NextAction, lang: Language): string {
  const t = translator(steps, lang);
  const date = (d: string) => formatDate(d, lang);
  switch (action.kind) {
    case 'step': {
      // A claim once disputed is not for the injonction de payer (C. proc. civ. art. 1405 and
      // 1409: the judge decides on the creditor's documents alone, without hearing the debtor): the court
      // step offers a summons on the merits or the référé-provision instead.
      const contested =
        action.step.action === 'court_filing' && action.warnings.includes('court-filing-contested');
      const name = contested ? t('next.contested') : stepName(action.step.action, action.step.tone, lang);
      const day = dayLabel(action.step.offsetDays, lang);
      return t(action.lateOnPlan ? 'next.dueTodayLate' : 'next.dueToday', { name, day });
    }
    case 'wait':
      if (action.reason === 'dispute') return t('next.dispute');
      if (action.reason === 'promise') return t('next.promise', { date: date(action.promise.promisedDate) });
      if (action.reason === 'payment-plan') return t('next.plan');
      if (action.reason === 'client-excluded')
        return t('next.excluded', { date: date(action.exclusion.since) });
      if (action.reason === 'payment-announced')
        return t('next.announced', { date: date(action.announcedOn), until: date(action.until) });
      return t('next.step', {
        name: stepName(action.step.action, action.step.tone, lang),
        day: dayLabel(action.step.offsetDays, lang),
      });
    case 'declare-claim':
      return t('next.declareClaim');
    case 'none':
      if (action.reason === 'paid') return t('next.paid');
      if (action.reason === 'written_off') return t('next.writtenOff');
      if (action.reason === 'claim-declared') return t('next.claimDeclared');
      return t('next.done');
  }
}
