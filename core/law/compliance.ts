/**
 * The invoice mentions of C. com. L441-9 that penalties rest on: the due date, the penalty
 * rate and the 40 € indemnity. Échéance only threatens what the invoice announced, and tells
 * the user, before the first reminder, what each missing mention costs.
 */
import type { ClientKind, Language, Mentions } from '../model';

export type MentionName = keyof Mentions;

export interface MissingMention {
  mention: MentionName;
  label: Record<Language, string>;
  cost: Record<Language, string>;
}

const FINE = {
  fr: 'Son absence expose aussi à une amende administrative (jusqu’à 75 000 € pour une personne physique, 375 000 € pour une société).',
  en: 'Leaving it out also exposes you to an administrative fine (up to €75,000 for an individual, €375,000 for a company).',
};

const MISSING: Record<MentionName, Omit<MissingMention, 'mention'>> = {
  dueDate: {
    label: { fr: 'Date d’échéance', en: 'Due date' },
    cost: {
      fr: 'Sans date d’échéance sur la facture, c’est le délai légal par défaut qui s’applique (30 jours après la prestation) : le retard est plus difficile à prouver et les pénalités courent plus tard.',
      en: 'Without a due date on the invoice, the statutory default applies (30 days after the service): the delay is harder to prove and penalties start later.',
    },
  },
  penaltyRate: {
    label: { fr: 'Taux des pénalités de retard', en: 'Late-payment penalty rate' },
    cost: {
      fr: 'Sans taux de pénalités sur la facture, Échéance ne les réclame pas dans les relances : vous renoncez en pratique aux intérêts de retard (taux BCE + 10 points).',
      en: 'Without a penalty rate on the invoice, Échéance does not claim penalties in reminders: in practice you give up late-payment interest (ECB rate + 10 points).',
    },
  },
  recoveryIndemnity: {
    label: { fr: 'Indemnité forfaitaire de 40 €', en: '€40 fixed recovery fee' },
    cost: {
      fr: 'Sans la mention de l’indemnité de 40 €, Échéance ne la réclame pas : 40 € de moins par facture payée en retard.',
      en: 'Without the €40 recovery fee mention, Échéance does not claim it: €40 less for each invoice paid late.',
    },
  },
};

export interface ComplianceReport {
  ok: boolean;
  missing: MissingMention[];
}

/**
 * For a particulier only the due date matters: L441-10 penalties and the 40 € do not apply
 * to consumers (interest runs from a formal notice, C. civ. 1231-6).
 */
export function checkMentions(mentions: Mentions, clientKind: ClientKind): ComplianceReport {
  const relevant: MentionName[] =
    clientKind === 'pro' ? ['dueDate', 'penaltyRate', 'recoveryIndemnity'] : ['dueDate'];
  const missing = relevant
    .filter((m) => !mentions[m])
    .map((mention) => {
      const { label, cost } = MISSING[mention];
      return { mention, label, cost: { fr: `${cost.fr} ${FINE.fr}`, en: `${cost.en} ${FINE.en}` } };
    });
  return { ok: missing.length === 0, missing };
}

/** Late-payment interest may be claimed in a reminder (pro: the invoice announced the rate). */
export function canClaimInterest(mentions: Mentions, clientKind: ClientKind): boolean {
  return clientKind === 'particulier' || mentions.penaltyRate;
}

/** The 40 € may be claimed: pro client and the invoice announced it (D441-5, L441-9). */
export function canClaimIndemnity(mentions: Mentions, clientKind: ClientKind): boolean {
  return clientKind === 'pro' && mentions.recoveryIndemnity;
}
