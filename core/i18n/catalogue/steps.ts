/** The names of the reminder steps and the one-line « next step » of an invoice (core/dunning/describe). */
import type { Catalogue } from '../translate';

export const steps = {
  'step.action.email': { fr: 'relance par e-mail', en: 'email reminder' },
  'step.action.phone': { fr: 'appel', en: 'phone call' },
  'step.action.letter': { fr: 'courrier', en: 'letter' },
  'step.action.registered_letter': { fr: 'lettre recommandée', en: 'registered letter' },
  'step.action.formal_notice': { fr: 'mise en demeure', en: 'formal notice' },
  'step.action.court_filing': { fr: 'injonction de payer', en: 'court order for payment' },
  'step.tone.courteous': { fr: 'relance courtoise', en: 'friendly reminder' },
  'step.tone.firm': { fr: 'relance ferme', en: 'firm reminder' },
  'step.tone.insistent': { fr: 'relance insistante', en: 'insistent reminder' },
  'step.tone.formal': { fr: 'dernière relance', en: 'final reminder' },
  'step.day.after': { fr: 'J+{days}', en: 'D+{days}' },
  'step.day.before': { fr: 'J-{days}', en: 'D-{days}' },

  'next.dueToday': { fr: 'à faire aujourd’hui : {name} ({day})', en: 'due today: {name} ({day})' },
  'next.dueTodayLate': {
    fr: 'à faire aujourd’hui : {name} ({day}) — en retard sur le scénario',
    en: 'due today: {name} ({day}) — behind schedule',
  },
  'next.contested': {
    fr: 'assignation ou référé-provision (créance contestée)',
    en: 'summons or interim payment (disputed claim)',
  },
  'next.dispute': {
    fr: 'en litige : relances suspendues, proposez une médiation ou une conciliation',
    en: 'disputed: reminders paused, offer mediation or conciliation',
  },
  'next.promise': { fr: 'paiement promis le {date}', en: 'promised to pay on {date}' },
  'next.plan': { fr: 'échéancier en cours', en: 'payment plan running' },
  'next.excluded': {
    fr: 'client exclu des relances depuis le {date}',
    en: 'client excluded from reminders since {date}',
  },
  'next.announced': {
    fr: 'virement annoncé le {date} : relances en pause jusqu’au {until}',
    en: 'transfer announced on {date}: reminders paused until {until}',
  },
  'next.step': { fr: 'prochaine étape : {name} ({day})', en: 'next step: {name} ({day})' },
  'next.declareClaim': {
    fr: 'procédure collective : déclarer la créance au mandataire',
    en: 'insolvency: declare the claim',
  },
  'next.paid': { fr: 'payée', en: 'paid' },
  'next.writtenOff': { fr: 'abandonnée', en: 'written off' },
  'next.claimDeclared': { fr: 'créance déclarée', en: 'claim declared' },
  'next.done': { fr: 'toutes les étapes sont faites', en: 'every step is done' },
} as const satisfies Catalogue;
