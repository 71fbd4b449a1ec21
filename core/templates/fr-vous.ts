/** Reminder texts in French, addressing the client with « vous ». Our own wording. */
import { agree, CALL_SCRIPT_END, deRef, frNeutral, frShared, late, many, onDue, Ref, ref } from './fr-common';
import type { Phrasebook } from './types';

export const frVous: Phrasebook = {
  ...frShared,
  opening: {
    email: {
      courteous: (v) =>
        `Je me permets de revenir vers vous au sujet ${deRef(v)}, arrivée${agree(v, '', 's')} à échéance${onDue(v)}. C’est sans doute un simple oubli : pourriez-vous vérifier de votre côté ?`,
      firm: (v) =>
        `Sauf erreur de ma part, le règlement ${deRef(v)} ne m’est toujours pas parvenu, ${late(v)} après l’échéance.`,
      insistent: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')}, ${late(v)} après l’échéance. Ce retard pèse sur ma trésorerie et je vous demande d’y remédier rapidement.`,
      formal: frNeutral.emailFormal,
    },
    letter: {
      courteous: (v) =>
        `Par ce courrier, je vous rappelle que ${ref(v)}, arrivée${agree(v, '', 's')} à échéance${onDue(v)}, n’${agree(v, 'a', 'ont')} pas encore été réglée${agree(v, '', 's')}.`,
      firm: frNeutral.letterFirm,
      insistent: frNeutral.letterInsistent,
      formal: (v) =>
        `Par la présente, je vous informe que ${ref(v)}, échue${agree(v, '', 's')}${onDue(v, 'depuis le')}, ${agree(v, 'reste impayée', 'restent impayées')} à ce jour.`,
    },
    registered_letter: {
      courteous: (v) =>
        `Je vous adresse ce courrier recommandé au sujet ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)} et toujours impayée${agree(v, '', 's')}.`,
      firm: (v) =>
        `Par lettre recommandée, je vous rappelle que ${ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} ${late(v)} après l’échéance.`,
      insistent: (v) =>
        `Par la présente lettre recommandée avec accusé de réception, je vous demande de régler sans délai ${ref(v)}, impayée${agree(v, '', 's')} ${late(v)} après l’échéance.`,
      formal: (v) =>
        `Par la présente lettre recommandée avec accusé de réception, je constate le défaut de paiement ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)}.`,
    },
    formal_notice: {
      courteous: (v) =>
        `Malgré nos échanges, ${ref(v)} ${agree(v, 'reste impayée', 'restent impayées')}. Je n’ai d’autre choix que de vous adresser une mise en demeure de payer.`,
      firm: (v) =>
        `Faute de règlement ${deRef(v)}, échue${agree(v, '', 's')}${onDue(v)}, je vous adresse une mise en demeure de payer.`,
      insistent: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} ${late(v)} après l’échéance, malgré mes demandes. Je vous adresse donc une mise en demeure de payer.`,
      formal: (v) =>
        `Par la présente, je vous mets en demeure de payer ${ref(v)}, échue${agree(v, '', 's')}${onDue(v)} et impayée${agree(v, '', 's')} à ce jour.`,
    },
    court_filing: {
      courteous: (v) =>
        `${Ref(v)} ${agree(v, 'reste impayée', 'restent impayées')} malgré la mise en demeure. Je vous informe que je m’apprête à saisir le tribunal.`,
      firm: frNeutral.courtFirm,
      insistent: frNeutral.courtInsistent,
      formal: (v) =>
        `Je vous informe qu’à défaut de paiement, une requête en injonction de payer sera déposée auprès du tribunal compétent pour ${ref(v)}.`,
    },
  },
  ask: {
    courteous: () =>
      'Si le virement est déjà parti, ne tenez pas compte de ce message. Sinon, je vous remercie de procéder au règlement dès que possible.',
    firm: () =>
      'Je vous remercie de procéder au règlement dans les prochains jours. Si une difficulté vous en empêche, parlons-en : un échéancier est envisageable.',
    insistent: () =>
      'Je vous demande de régler cette somme sous huit jours. Sans réponse de votre part, j’engagerai les démarches de recouvrement prévues par la loi.',
    formal: (v) =>
      `À défaut de règlement avant le ${v.deadlineDate}, je vous adresserai une mise en demeure, puis saisirai le tribunal compétent.`,
  },
  askFormalNotice: (v) =>
    `Je vous mets en demeure de me régler la somme de ${v.totalClaimed} dans un délai de ${v.deadlineDaysText} à compter de la réception de la présente. À défaut, je saisirai le tribunal compétent d’une requête en injonction de payer, sans autre avis.${v.clientKind === 'particulier' ? ' Cette mise en demeure fait courir les intérêts au taux légal (C. civ. art. 1231-6).' : ''}`,
  askCourtFiling: (v) =>
    `Vous pouvez encore éviter cette procédure et ses frais en réglant la somme de ${v.totalClaimed} avant le ${v.deadlineDate}.`,
  greeting: (v, register) => {
    if (register === 'solemn' || (register === 'formal' && !v.firstName)) return 'Madame, Monsieur,';
    return v.firstName ? `Bonjour ${v.firstName},` : 'Bonjour,';
  },
  // « Madame, Monsieur » ends on « salutations distinguées »; « Bonjour Camille », cordially.
  closing: (v, register, tone) => {
    if (register === 'solemn' || (register === 'formal' && !v.firstName))
      return `${tone === 'insistent' ? 'Dans l’attente de votre règlement, je' : 'Je'} vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations distinguées.`;
    return {
      courteous: 'Merci d’avance, et belle journée.',
      firm: 'Je vous remercie de votre retour rapide. Bien cordialement,',
      insistent: 'Dans l’attente de votre règlement, bien cordialement,',
      formal: 'Cordialement,',
    }[tone];
  },
  brokenPromise: (v) =>
    `Lors de notre échange du ${v.promise?.madeOn}, vous m’aviez annoncé un règlement pour le ${v.promise?.promisedDate} ; je n’ai rien reçu à ce jour.`,
  brokenPlan: (v) =>
    `L’échéance de ${v.missedInstallment?.amount} prévue le ${v.missedInstallment?.date} par notre échéancier n’a pas été honorée : l’échéancier est donc caduc.`,
  payment: (v) =>
    v.iban
      ? `Règlement par virement : IBAN ${v.iban}${v.bic ? `, BIC ${v.bic}` : ''}, en rappelant ${many(v) ? 'les références' : 'la référence'} ${v.numbers}.`
      : `Merci de rappeler ${many(v) ? 'les références' : 'la référence'} ${v.numbers} avec votre règlement ; mes coordonnées bancaires figurent sur ${many(v) ? 'les factures' : 'la facture'}.`,
  callScript: (tone, v) =>
    [
      frNeutral.callHeader(v),
      '',
      `1. « Bonjour${v.firstName ? ` ${v.firstName}` : ''}, ${v.senderName ? `c’est ${v.senderName}. Je` : 'je'} vous appelle au sujet ${deRef(v)} de ${v.amountDue}, échue${agree(v, '', 's')}${onDue(v)}. »`,
      '2. « Avez-vous bien reçu la facture ? Quelque chose bloque-t-il le paiement ? »',
      `3. ${
        {
          courteous: '« Pouvez-vous me dire quand le règlement partira ? »',
          firm: '« J’ai besoin d’une date de paiement précise : laquelle puis-je noter ? »',
          insistent: `« Sans règlement sous huit jours, je vous enverrai une lettre recommandée${v.interest || v.indemnity ? `, et les pénalités de retard (${v.totalClaimed} au total à ce jour) seront réclamées` : ''}. »`,
          formal:
            '« Sans règlement immédiat, une mise en demeure vous sera adressée, puis le tribunal sera saisi. »',
        }[tone]
      }`,
      ...CALL_SCRIPT_END,
    ].join('\n'),
};
