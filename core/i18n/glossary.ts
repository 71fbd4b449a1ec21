/**
 * One word per concept (issue #20: « relance », « rappel », « étape », « action » used for the
 * same things). Each concept has its word in French and English and the synonyms that must not
 * stand for it in the UI catalogue, the reminder texts and the documents; the unit test
 * tests/unit/i18n/glossary.test.ts fails on any of them.
 */
export interface Concept {
  /** What the word means in Échéance. */
  meaning: string;
  fr: string;
  en: string;
  /** Synonyms refused, as patterns over the text (case-insensitive). */
  banned: { fr: readonly RegExp[]; en: readonly RegExp[] };
}

export const GLOSSARY: Record<string, Concept> = {
  reminder: {
    meaning: 'a message or letter that asks the client to pay an overdue invoice',
    fr: 'relance',
    en: 'reminder',
    // « rappeler » (to remind, to quote a reference) stays: only the noun is a synonym.
    banned: { fr: [/\brappels?\b/i], en: [/\bnudges?\b/i, /\bdunning\b/i, /\bchaser\b/i] },
  },
  email: {
    meaning: 'an electronic message',
    fr: 'e-mail',
    en: 'email',
    banned: {
      fr: [/\bcourriels?\b/i, /(?<![-@./\w])mails?\b(?![-/.])/i, /(?<![-@./\w]|, )emails?\b(?![-/.@,])/i],
      en: [/\be-mails?\b/i],
    },
  },
  scenario: {
    meaning: 'the ladder of steps an invoice follows after its due date',
    fr: 'scénario',
    en: 'scenario',
    // « plan » is left to nothing in French: a payment plan is an « échéancier ».
    banned: { fr: [/\bplans?\b/i, /\bscenarios?\b/], en: [/\bladders?\b/i, /(?<!payment )\bplans?\b/i] },
  },
  step: {
    meaning: 'one rung of a scenario (a day and what is done that day)',
    fr: 'étape',
    en: 'step',
    banned: { fr: [/\bpaliers?\b/i, /\béchelons?\b/i], en: [/\bstages?\b/i, /\brungs?\b/i] },
  },
  action: {
    meaning: 'what is to be done today for an invoice (send, call, post…)',
    fr: 'action',
    en: 'action',
    banned: { fr: [/\btâches?\b/i], en: [/\btasks?\b/i, /\bto-dos?\b/i] },
  },
  paymentPlan: {
    meaning: 'payments in instalments agreed with the client',
    fr: 'échéancier',
    en: 'payment plan',
    banned: { fr: [/\bplan de paiement\b/i, /\bpaiement échelonné\b/i], en: [/\binstal?lment plan\b/i] },
  },
};

/** The banned synonyms a text holds, as « concept: word ». */
export function glossaryBreaches(text: string, lang: 'fr' | 'en'): string[] {
  const found: string[] = [];
  for (const [id, concept] of Object.entries(GLOSSARY))
    for (const pattern of concept.banned[lang]) {
      const m = pattern.exec(text);
      if (m) found.push(`${id}: « ${m[0]} » (say « ${concept[lang]} »)`);
    }
  return found;
}
