/**
 * The contract between the renderer and the three phrasebooks (fr-tu, fr-vous, en). Every
 * value a phrasebook receives is already formatted for its language: phrasebooks only write.
 */
import type { HistoryEntry } from '../dunning';
import type { ClientKind, StepAction, Tone } from '../model';

export interface InvoiceLineVars {
  number: string;
  issueDate: string | null;
  dueDate: string;
  amountDue: string;
  /** The invoice total, set only when part of it was already paid. */
  total: string | null;
  daysLate: number;
}

export interface Vars {
  clientName: string;
  firstName: string | null;
  count: number;
  /** « F-1 » or « F-1, F-2 et F-3 ». */
  numbers: string;
  lines: InvoiceLineVars[];
  amountDue: string;
  /** The oldest due date among the invoices, and the most days late. */
  dueDate: string;
  daysLate: number;
  /** « 12 jours » / "12 days" (Intl.PluralRules), with « jusqu’à » left to the phrasebook. */
  daysLateText: string;
  /** Interest the law and the invoice allow us to claim, null when none. */
  interest: string | null;
  /** 40 € per late invoice (pro client, mention on the invoice), null when not claimable. */
  indemnity: string | null;
  /** The invoices are not in euros: the 40 € (in euros) is stated apart, never added. */
  indemnityApart: boolean;
  /** The fixed 40 € of D441-5, formatted. */
  indemnityPerInvoice: string;
  totalClaimed: string;
  clientKind: ClientKind;
  formalNoticeDate: string | null;
  history: { date: string; channel: HistoryEntry['channel'] }[];
  promise: { madeOn: string; promisedDate: string } | null;
  missedInstallment: { date: string; amount: string } | null;
  iban: string | null;
  bic: string | null;
  /** The optional pay page from the settings (https only). */
  paymentLink: string | null;
  signature: string | null;
  /** The user's name, for « c’est Marie Dupont » in call scripts. */
  senderName: string | null;
  phone: string | null;
  /** Days given to pay in a formal notice / before a court filing, and that day. */
  deadlineDays: number;
  /** « 8 jours » / "8 days". */
  deadlineDaysText: string;
  deadlineDate: string;
}

/**
 * How the message opens, so that it closes the same way: « Bonjour Camille » never ends on
 * « salutations distinguées ». `solemn`: a formal notice or a court filing (« Madame,
 * Monsieur »); `formal`: a letter or a last reminder; `plain`: an e-mail.
 */
export type Register = 'solemn' | 'formal' | 'plain';

type Text = (v: Vars) => string;

export interface Phrasebook {
  subject: Record<StepAction, Record<Tone, Text>>;
  /** The first paragraph: why we write, in the step's tone. */
  opening: Record<Exclude<StepAction, 'phone'>, Record<Tone, Text>>;
  /** What we ask for; formal notices and court filings have their own. */
  ask: Record<Tone, Text>;
  askFormalNotice: Text;
  askCourtFiling: Text;
  greeting: (v: Vars, register: Register) => string;
  /** Chosen with the greeting: the same `register` and first name give a matching end. */
  closing: (v: Vars, register: Register, tone: Tone) => string;
  invoicesHeading: Text;
  invoiceLine: (line: InvoiceLineVars) => string;
  history: Text;
  brokenPromise: Text;
  brokenPlan: Text;
  penalties: Text;
  payment: Text;
  /** The whole body of a phone step: a short call script for the user. */
  callScript: (tone: Tone, v: Vars) => string;
}

/** « F-1, F-2 et F-3 » / "F-1, F-2 and F-3". */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
