/**
 * The mentions of an invoice Échéance never read (issue #19). A CSV export carries amounts and
 * dates, never what the invoice prints: before, every such invoice was taken as silent on the
 * penalty rate and the 40 € (so friendly reminders claimed nothing, and each one showed the
 * L441-9 fine warning). The user now says once what their invoices print (the welcome, or the
 * settings), and that stands for those invoices' mentions. A mention read from a document (PDF,
 * Factur-X, a Gmail card the user confirmed) always wins.
 */
import type { ContractualRate, Invoice, MentionDefaults, Mentions } from '../model';

/** What Échéance assumed before the user answered: only the due date (a CSV row has one). */
export const SILENT_MENTIONS: Mentions = { dueDate: true, penaltyRate: false, recoveryIndemnity: false };

/** The clause as the welcome asks it: « 3 × le taux légal », a fixed rate, ECB + N, none. */
export type PenaltyClauseChoice =
  | { kind: 'legal-multiple' }
  | { kind: 'fixed'; percent: number }
  | { kind: 'ecb-plus'; points: number }
  | { kind: 'none' };

/** The rate printed by the clause (settings.defaultContractualRate); null for none. */
export function rateOfClause(choice: PenaltyClauseChoice): ContractualRate | null {
  switch (choice.kind) {
    case 'legal-multiple':
      // « Trois fois le taux d'intérêt légal »: the minimum L441-10 II allows (legal-fr.md §2).
      return { kind: 'legal-multiple', factor: 3 };
    case 'fixed':
      return { kind: 'fixed', percent: choice.percent };
    case 'ecb-plus':
      return { kind: 'ecb-plus', points: choice.points };
    case 'none':
      return null;
  }
}

/** The welcome's choice read back from the settings (the form opens on what was saved). */
export function clauseOfRate(rate: ContractualRate | null | undefined, stated: boolean): PenaltyClauseChoice {
  if (!stated || !rate) return { kind: 'none' };
  if (rate.kind === 'fixed') return { kind: 'fixed', percent: rate.percent };
  if (rate.kind === 'ecb-plus') return { kind: 'ecb-plus', points: rate.points };
  return { kind: 'legal-multiple' };
}

/** The mentions an imported item gets: its own when a document told them, else the user's defaults. */
export function mentionsForImport(own: Mentions | null, defaults: MentionDefaults | null): Mentions {
  if (own) return own;
  if (!defaults) return SILENT_MENTIONS;
  return { dueDate: true, penaltyRate: defaults.penaltyRate, recoveryIndemnity: defaults.recoveryIndemnity };
}

/** A CSV row is the one origin that never carries the printed mentions (core/import/csv-row.ts). */
export function mentionsUnknown(invoice: Pick<Invoice, 'origin'>): boolean {
  return invoice.origin.kind === 'csv';
}

/**
 * The invoice with the user's defaults in place of mentions nobody read; null when nothing
 * changes. A rate the user set on the invoice itself (the rate editor) keeps its mention.
 */
export function withMentionDefaults(
  invoice: Pick<Invoice, 'origin' | 'mentions' | 'contractualRate' | 'contractualRatePercent'>,
  defaults: MentionDefaults | null,
): Mentions | null {
  if (!defaults || !mentionsUnknown(invoice)) return null;
  const ownRate = Boolean(invoice.contractualRate) || invoice.contractualRatePercent !== null;
  const next: Mentions = {
    dueDate: invoice.mentions.dueDate,
    penaltyRate: defaults.penaltyRate || ownRate,
    recoveryIndemnity: defaults.recoveryIndemnity,
  };
  const same =
    next.penaltyRate === invoice.mentions.penaltyRate &&
    next.recoveryIndemnity === invoice.mentions.recoveryIndemnity;
  return same ? null : next;
}

/** Imported items with the user's defaults where no document told the mentions. */
export function withImportDefaults<T extends { mentions: Mentions | null }>(
  items: readonly T[],
  settings: { mentionDefaults: MentionDefaults | null },
): T[] {
  if (!settings.mentionDefaults) return [...items];
  return items.map((item) =>
    item.mentions ? item : { ...item, mentions: mentionsForImport(null, settings.mentionDefaults) },
  );
}
