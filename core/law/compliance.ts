/**
 * The invoice mentions of C. com. L441-9: the due date, the penalty rate and the 40 €
 * indemnity. Penalties and the 40 € are due by law even when the invoice is silent
 * (Cass. com. 3 mars 2009, n° 07-16.527; Cass. com. 20 déc. 2017, n° 16-25.786): a missing
 * mention costs a fine risk and a weaker first reminder, never the right itself. Friendly
 * reminders cite only what the invoice announced; the formal notice and the court kit may claim
 * the rest (« réclamer aussi les pénalités légales »).
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
      fr: 'Sans taux sur la facture, les pénalités de retard restent dues de plein droit, au taux BCE + 10 points (C. com. art. L441-10 II). Mais une relance qui cite des pénalités non annoncées convainc moins : Échéance les tait dans les relances amiables et vous propose de les réclamer dans la mise en demeure et le dossier d’injonction de payer.',
      en: 'Without a rate on the invoice, late-payment penalties are still due by law, at the ECB rate + 10 points (French Commercial Code art. L441-10 II). But a reminder citing penalties the invoice never announced carries less weight: Échéance leaves them out of friendly reminders and offers to claim them in the formal notice and the court file.',
    },
  },
  recoveryIndemnity: {
    label: { fr: 'Indemnité forfaitaire de 40 €', en: '€40 fixed recovery fee' },
    cost: {
      fr: 'Sans la mention, l’indemnité de 40 € par facture payée en retard reste due de plein droit (C. com. art. D441-5). Échéance ne la cite pas dans les relances amiables et vous propose de la réclamer dans la mise en demeure et le dossier d’injonction de payer.',
      en: 'Without the mention, the €40 fee for each invoice paid late is still due by law (French Commercial Code art. D441-5). Échéance leaves it out of friendly reminders and offers to claim it in the formal notice and the court file.',
    },
  },
};

export interface ComplianceReport {
  ok: boolean;
  missing: MissingMention[];
}

/**
 * For a particulier only the due date matters: L441-10 penalties and the 40 € do not apply
 * to consumers (interest runs from a formal notice, C. civ. 1231-6). A public body is a
 * professional buyer: the L441-9 mentions apply.
 */
export function checkMentions(mentions: Mentions, clientKind: ClientKind): ComplianceReport {
  const relevant: MentionName[] =
    clientKind === 'particulier' ? ['dueDate'] : ['dueDate', 'penaltyRate', 'recoveryIndemnity'];
  const missing = relevant
    .filter((m) => !mentions[m])
    .map((mention) => {
      const { label, cost } = MISSING[mention];
      return { mention, label, cost: { fr: `${cost.fr} ${FINE.fr}`, en: `${cost.en} ${FINE.en}` } };
    });
  return { ok: missing.length === 0, missing };
}

/**
 * Whether a document cites late-payment interest. Always for a consumer (legal interest after
 * the notice) and a public body (statutory moratorium interest); for a pro debtor when the
 * invoice announced the rate, or when the user asks to claim the legal penalties anyway.
 */
export function canClaimInterest(mentions: Mentions, clientKind: ClientKind, claimUnstated = false): boolean {
  return clientKind !== 'pro' || mentions.penaltyRate || claimUnstated;
}

/** Whether a document cites the 40 € (never to a consumer; D441-5, L441-9). */
export function canClaimIndemnity(
  mentions: Mentions,
  clientKind: ClientKind,
  claimUnstated = false,
): boolean {
  if (clientKind === 'particulier') return false;
  return clientKind === 'public' || mentions.recoveryIndemnity || claimUnstated;
}

/** Some penalty is due by law but left out because the invoice did not announce it. */
export function hasUnstatedPenalties(mentions: Mentions, clientKind: ClientKind): boolean {
  return clientKind === 'pro' && (!mentions.penaltyRate || !mentions.recoveryIndemnity);
}
