/** Reminder texts in French, addressing the client with « tu ». Our own wording. */
import { agree, CALL_SCRIPT_END, deRef, frNeutral, frShared, late, many, onDue, Ref, ref } from './fr-common';
import type { Phrasebook } from './types';

export const frTu: Phrasebook = {
  ...frShared,
  opening: {
    email: {
      courteous: (v) =>
        `Je reviens vers toi au sujet ${deRef(v)}, arrivée${agree(v, '', 's')} à échéance${onDue(v)}. C’est sûrement un simple oubli : tu peux vérifier de ton côté ?`,
      firm: (v) =>
        `Sauf erreur de ma part, je n’ai toujours pas reçu le règlement ${deRef(v)}, ${late(v)} après l’échéance.`,
      insistent: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')}, ${late(v)} après l’échéance. Ce retard pèse vraiment sur ma trésorerie, et j’ai besoin que tu règles la situation rapidement.`,
      formal: frNeutral.emailFormal,
    },
    letter: {
      courteous: (v) =>
        `Par ce courrier, je te rappelle que ${ref(v)}, arrivée${agree(v, '', 's')} à échéance${onDue(v)}, n’${agree(v, 'a', 'ont')} pas encore été réglée${agree(v, '', 's')}.`,
      firm: frNeutral.letterFirm,
      insistent: frNeutral.letterInsistent,
      formal: (v) =>
        `Par ce courrier, je t’informe que ${ref(v)}, échue${agree(v, '', 's')}${onDue(v, 'depuis le')}, ${agree(v, 'reste impayée', 'restent impayées')} à ce jour.`,
    },
    registered_letter: {
      courteous: (v) =>
        `Je t’envoie ce courrier recommandé au sujet ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)} et toujours impayée${agree(v, '', 's')}.`,
      firm: (v) =>
        `Par lettre recommandée, je te rappelle que ${ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} ${late(v)} après l’échéance.`,
      insistent: (v) =>
        `Par cette lettre recommandée avec accusé de réception, je te demande de régler sans délai ${ref(v)}, impayée${agree(v, '', 's')} ${late(v)} après l’échéance.`,
      formal: (v) =>
        `Par cette lettre recommandée avec accusé de réception, je constate le défaut de paiement ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)}.`,
    },
    formal_notice: {
      courteous: (v) =>
        `Malgré nos échanges, ${ref(v)} ${agree(v, 'reste impayée', 'restent impayées')}. Je n’ai pas d’autre choix que de t’adresser une mise en demeure de payer.`,
      firm: (v) =>
        `Faute de règlement ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)}, je t’adresse une mise en demeure de payer.`,
      insistent: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} ${late(v)} après l’échéance, malgré mes demandes. Je t’adresse donc une mise en demeure de payer.`,
      formal: (v) =>
        `Par la présente, je te mets en demeure de payer ${ref(v)}, échue${agree(v, '', 's')}${onDue(v)} et impayée${agree(v, '', 's')} à ce jour.`,
    },
    court_filing: {
      courteous: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} malgré la mise en demeure. Je te préviens que je m’apprête à saisir le tribunal.`,
      firm: frNeutral.courtFirm,
      insistent: frNeutral.courtInsistent,
      formal: (v) =>
        `Je t’informe qu’à défaut de paiement, une requête en injonction de payer sera déposée auprès du tribunal compétent pour ${ref(v)}.`,
    },
  },
  ask: {
    courteous: () =>
      'Si le virement est déjà parti, oublie ce message. Sinon, merci de faire le nécessaire dès que possible.',
    firm: () =>
      'Merci de régler dans les prochains jours. Si quelque chose t’en empêche, parlons-en : on peut convenir d’un échéancier.',
    insistent: () =>
      'Je te demande de régler cette somme sous huit jours. Sans réponse de ta part, j’engagerai les démarches de recouvrement prévues par la loi.',
    formal: (v) =>
      `À défaut de règlement avant le ${v.deadlineDate}, je t’adresserai une mise en demeure, puis je saisirai le tribunal compétent.`,
  },
  askFormalNotice: (v) =>
    `Je te mets en demeure de me régler la somme de ${v.totalClaimed} dans un délai de ${v.deadlineDaysText} à compter de la réception de ce courrier. À défaut, je saisirai le tribunal compétent d’une requête en injonction de payer, sans autre avis.${v.clientKind === 'particulier' ? ' Cette mise en demeure fait courir les intérêts au taux légal (C. civ. art. 1231-6).' : ''}`,
  askCourtFiling: (v) =>
    `Tu peux encore éviter cette procédure et ses frais en réglant la somme de ${v.totalClaimed} avant le ${v.deadlineDate}.`,
  // « Tu » keeps « Bonjour » even in a formal notice: « Madame, Monsieur » would clash with it.
  greeting: (v) => (v.firstName ? `Bonjour ${v.firstName},` : 'Bonjour,'),
  closing: (_v, register, tone) =>
    register === 'plain'
      ? {
          courteous: 'Merci d’avance, et belle journée !',
          firm: 'Merci de me tenir au courant rapidement.',
          insistent: 'J’attends ton règlement.',
          formal: 'Cordialement,',
        }[tone]
      : 'Cordialement,',
  brokenPromise: (v) =>
    `Lors de notre échange du ${v.promise?.madeOn}, tu m’avais annoncé un règlement pour le ${v.promise?.promisedDate} ; je n’ai rien reçu à ce jour.`,
  brokenPlan: (v) =>
    `L’échéance de ${v.missedInstallment?.amount} prévue le ${v.missedInstallment?.date} dans notre échéancier n’a pas été payée : l’échéancier ne tient donc plus.`,
  payment: (v) =>
    v.iban
      ? `Pour le virement : IBAN ${v.iban}${v.bic ? `, BIC ${v.bic}` : ''}, avec ${many(v) ? 'les références' : 'la référence'} ${v.numbers}.`
      : `Pense à indiquer ${many(v) ? 'les références' : 'la référence'} ${v.numbers} avec ton règlement ; mes coordonnées bancaires sont sur ${many(v) ? 'les factures' : 'la facture'}.`,
  callScript: (tone, v) =>
    [
      frNeutral.callHeader(v),
      '',
      `1. « Salut${v.firstName ? ` ${v.firstName}` : ''}, ${v.senderName ? `c’est ${v.senderName}. Je` : 'je'} t’appelle au sujet ${deRef(v)} de ${v.amountDue}, échue${agree(v, '', 's')}${onDue(v)}. »`,
      `2. « Tu as bien reçu ${many(v) ? 'les factures' : 'la facture'} ? Quelque chose bloque le paiement ? »`,
      `3. ${
        {
          courteous: '« Tu peux me dire quand le virement partira ? »',
          firm: '« J’ai besoin d’une date de paiement précise : laquelle je note ? »',
          insistent: `« Sans règlement sous huit jours, je t’enverrai une lettre recommandée${v.interest || v.indemnity ? `, et je réclamerai les pénalités de retard (${v.totalClaimed} au total à ce jour)` : ''}. »`,
          formal:
            '« Sans règlement immédiat, je t’adresserai une mise en demeure, puis je saisirai le tribunal. »',
        }[tone]
      }`,
      ...CALL_SCRIPT_END,
    ].join('\n'),
};
