/**
 * What a tool's status cell says about an invoice, in French or English, as Qonto (« à payer,
 * payées, annulées »), Indy (« Payée »), Pennylane (« À payer », « Payé ») and the issue's
 * export (« Statut ») write it; see headers.ts for the sources. Unknown words say nothing: the
 * amounts decide then.
 */
import { normalizeHeader } from './headers';

export type ToolStatus = 'paid' | 'partial' | 'late' | 'sent' | 'cancelled' | 'draft';

/** Normalised phrases, most specific first (« partiellement payée » before « payée »). */
const PHRASES: [ToolStatus, string[]][] = [
  [
    'partial',
    [
      'partiellement payee',
      'partiellement paye',
      'partiellement reglee',
      'partiellement regle',
      'paiement partiel',
      'reglement partiel',
      'partielle',
      'partiel',
      'partially paid',
      'part paid',
      'partial',
    ],
  ],
  [
    'cancelled',
    [
      'annulee',
      'annule',
      'avoir',
      'avoir emis',
      'cancelled',
      'canceled',
      'void',
      'voided',
      'credit note',
      'credited',
    ],
  ],
  ['late', ['en retard', 'retard', 'impayee en retard', 'overdue', 'late', 'past due']],
  [
    'paid',
    [
      'payee',
      'paye',
      'payees',
      'reglee',
      'regle',
      'soldee',
      'solde',
      'encaissee',
      'encaisse',
      'rapprochee',
      'rapproche',
      'paid',
      'settled',
      'oui',
      'yes',
      'true',
    ],
  ],
  ['draft', ['brouillon', 'draft', 'pro forma', 'proforma']],
  [
    'sent',
    [
      'envoyee',
      'envoye',
      'emise',
      'a payer',
      'en attente',
      'en attente de paiement',
      'impayee',
      'non payee',
      'non reglee',
      'finalisee',
      'validee',
      'sent',
      'unpaid',
      'open',
      'due',
      'pending',
      'issued',
      'non',
      'no',
      'false',
    ],
  ],
];
const BY_PHRASE = new Map<string, ToolStatus>();
for (const [status, phrases] of PHRASES) for (const p of phrases) BY_PHRASE.set(p, status);

export function readStatus(cell: string): ToolStatus | null {
  const name = normalizeHeader(cell);
  if (name === '') return null;
  const exact = BY_PHRASE.get(name);
  if (exact) return exact;
  // « Payée le 12/03/2026 », « En retard (15 j) »: the first phrase that opens the cell.
  for (const [status, phrases] of PHRASES) {
    if (phrases.some((p) => name.startsWith(`${p} `))) return status;
  }
  return null;
}

/** A « Type » cell that names a credit note rather than an invoice. */
export function isCreditNote(cell: string): boolean {
  const name = normalizeHeader(cell);
  return (
    name === 'avoir' || name.startsWith('avoir ') || name === 'credit note' || name === 'facture d avoir'
  );
}
