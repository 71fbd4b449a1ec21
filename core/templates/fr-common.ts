/** What French reminders share whatever the form of address: helpers, subjects, invoice lines. */
import { countOf } from '../i18n/plural';
import type { Phrasebook, Vars } from './types';
import { listOf } from './types';

export const many = (v: Vars) => v.count > 1;
/** « la facture F-1 » / « les factures F-1 et F-2 ». */
export const ref = (v: Vars) => (many(v) ? `les factures ${v.numbers}` : `la facture ${v.numbers}`);
/** « de la facture F-1 » / « des factures F-1 et F-2 » (no « de les »). */
export const deRef = (v: Vars) => (many(v) ? `des factures ${v.numbers}` : `de la facture ${v.numbers}`);
export const Ref = (v: Vars) => (many(v) ? `Les factures ${v.numbers}` : `La facture ${v.numbers}`);
/** Agreement: « reste impayée » / « restent impayées ». */
export const agree = (v: Vars, one: string, several: string) => (many(v) ? several : one);
const subj = (v: Vars) => (many(v) ? `factures ${v.numbers}` : `facture ${v.numbers}`);
/** Several invoices: the figures are those of the oldest, hence « jusqu’à ». */
export const late = (v: Vars) => `${many(v) ? 'jusqu’à ' : ''}${v.daysLateText}`;
/** « le 03/04/2026 » for one invoice; nothing for several (each line gives its own date). */
export const onDue = (v: Vars, preposition = 'le') => (many(v) ? '' : ` ${preposition} ${v.dueDate}`);

const CHANNEL_FR = {
  email: 'e-mail',
  phone: 'appel',
  letter: 'courrier',
  registered_letter: 'lettre recommandée',
  formal_notice: 'mise en demeure',
  court_filing: 'requête au tribunal',
} as const;

export const frShared: Pick<
  Phrasebook,
  'subject' | 'invoicesHeading' | 'invoiceLine' | 'history' | 'penalties'
> = {
  subject: {
    email: {
      courteous: (v) => `Petite relance : ${subj(v)}`,
      firm: (v) => `Relance : ${subj(v)} en attente de règlement`,
      insistent: (v) => `Relance urgente : ${subj(v)} impayée${agree(v, '', 's')}`,
      formal: (v) => `Dernière relance avant mise en demeure : ${subj(v)}`,
    },
    phone: {
      courteous: (v) => `Appel de relance amical à ${v.clientName} : ${subj(v)}`,
      firm: (v) => `Appel de relance à ${v.clientName} : ${subj(v)}`,
      insistent: (v) => `Appel de relance urgent à ${v.clientName} : ${subj(v)}`,
      formal: (v) => `Dernier appel avant mise en demeure, ${v.clientName} : ${subj(v)}`,
    },
    letter: {
      courteous: (v) => `Relance amicale : ${subj(v)}`,
      firm: (v) => `Relance de paiement : ${subj(v)}`,
      insistent: (v) => `Relance de paiement, ${late(v)} de retard : ${subj(v)}`,
      formal: (v) => `Dernière relance avant mise en demeure : ${subj(v)}`,
    },
    registered_letter: {
      courteous: (v) => `Lettre recommandée : relance de paiement, ${subj(v)}`,
      firm: (v) => `Lettre recommandée : ${subj(v)} impayée${agree(v, '', 's')}`,
      insistent: (v) => `Lettre recommandée avec AR : demande de règlement immédiat, ${subj(v)}`,
      formal: (v) => `Lettre recommandée avec AR : dernier avis avant mise en demeure, ${subj(v)}`,
    },
    formal_notice: {
      courteous: (v) => `Mise en demeure de payer : ${subj(v)}`,
      firm: (v) => `Mise en demeure de payer : ${subj(v)}`,
      insistent: (v) => `Mise en demeure de payer sous ${v.deadlineDaysText} : ${subj(v)}`,
      formal: (v) => `Mise en demeure de payer : ${subj(v)}`,
    },
    court_filing: {
      courteous: (v) => `Avant saisine du tribunal : ${subj(v)}`,
      firm: (v) => `Avant saisine du tribunal : ${subj(v)}`,
      insistent: (v) => `Saisine prochaine du tribunal : ${subj(v)}`,
      formal: (v) => `Avis de requête en injonction de payer : ${subj(v)}`,
    },
  },
  invoicesHeading: (v) => (many(v) ? 'Factures concernées :' : 'Facture concernée :'),
  invoiceLine: (l) =>
    `- ${l.number}${l.issueDate ? ` du ${l.issueDate}` : ''}, échue le ${l.dueDate} : ${l.amountDue}${l.total ? ` restant dû sur ${l.total}` : ''}${l.daysLate > 0 ? ` (${countOf('fr', l.daysLate, 'jour', 'jours')} de retard)` : ''}`,
  history: (v) =>
    // A formal notice is not a « relance »: the list says « démarches » when it holds one.
    `${
      v.history.some((h) => h.channel === 'formal_notice' || h.channel === 'court_filing')
        ? v.history.length > 1
          ? 'Mes démarches'
          : 'Ma démarche'
        : v.history.length > 1
          ? 'Mes relances'
          : 'Ma relance'
    } (${listOf(
      v.history.map((h) => `${CHANNEL_FR[h.channel]} du ${h.date}`),
      'et',
    )}) ${v.history.length > 1 ? 'sont restées' : 'est restée'} sans effet.`,
  penalties: (v) =>
    [
      v.interest &&
        (v.clientKind === 'public'
          ? `Conformément au Code de la commande publique (art. L2192-13 et R2192-31), des intérêts moratoires de ${v.interest} sont dus à ce jour.`
          : v.clientKind === 'pro'
            ? `Conformément à l’article L441-10 du Code de commerce et à mes conditions de règlement, des pénalités de retard de ${v.interest} sont dues à ce jour.`
            : v.formalNoticeDate
              ? `Les intérêts courus depuis la mise en demeure du ${v.formalNoticeDate} s’élèvent à ${v.interest} (C. civ. art. 1231-6).`
              : `Les intérêts de retard prévus au contrat s’élèvent à ${v.interest} à ce jour.`),
      v.indemnity &&
        // One invoice: « 40,00 € », not « 40,00 € par facture, soit 40,00 € ».
        `S’y ajoute l’indemnité forfaitaire pour frais de recouvrement de ${many(v) ? `${v.indemnityPerInvoice} par facture, soit ${v.indemnity}` : v.indemnity}${v.clientKind === 'pro' ? ' (C. com. art. D441-5)' : ''}${v.indemnityApart ? ', en euros, à régler en plus' : ''}.`,
      `Montant total réclamé : ${v.totalClaimed}${v.indemnityApart ? ` et ${v.indemnity}` : ''}.`,
    ]
      .filter(Boolean)
      .join(' '),
};

/** Sentences that do not address the client, shared by the « tu » and « vous » books. */
export const frNeutral = {
  emailFormal: (v: Vars) =>
    `${Ref(v)} ${agree(v, 'demeure impayée', 'demeurent impayées')} à ce jour, ${late(v)} après l’échéance${onDue(v, 'du')}. Ce message est une dernière relance avant l’envoi d’une mise en demeure.`,
  letterFirm: (v: Vars) =>
    `Je constate que ${ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} ${late(v)} après l’échéance.`,
  letterInsistent: (v: Vars) =>
    `Je constate avec regret que ${ref(v)} n’${agree(v, 'est', 'sont')} toujours pas réglée${agree(v, '', 's')}, ${late(v)} après l’échéance.`,
  courtFirm: (v: Vars) =>
    `Sans règlement ${deRef(v)}, je déposerai une requête en injonction de payer auprès du tribunal compétent.`,
  courtInsistent: (v: Vars) =>
    `${Ref(v)} ${agree(v, 'demeure impayée', 'demeurent impayées')} ${late(v)} après l’échéance. Je prépare une requête en injonction de payer.`,
  callHeader: (v: Vars) =>
    `Appel à ${v.clientName}${v.phone ? ` (${v.phone})` : ''} : ${subj(v)}, ${v.amountDue}, ${late(v)} de retard.`,
};

/** The call script ends with a note to the user, not to the client. */
export const CALL_SCRIPT_END = [
  '4. Si le paiement pose problème, proposer un échéancier.',
  '',
  'Après l’appel : noter le résultat dans Échéance (promesse avec sa date, contestation, pas de réponse).',
];
