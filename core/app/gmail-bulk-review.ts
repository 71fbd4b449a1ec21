/**
 * The review page of the Sent-list pass (issue #19): what it shows and what « Suivre les N
 * factures » sends. The rows come in the page's address (an outside input: checked by its
 * schema), the proposals are core's (sent-list-propose.ts), threads already tracked are left out,
 * and each chosen row becomes a « Suivre » request checked here, its problems named by field.
 */
import { type EcheanceDb, getSettings } from '../db';
import { invoicesByThread } from '../db/by-thread';
import { mentionsForImport } from '../identity/mention-defaults';
import {
  type ClientKind,
  type IsoDate,
  type Language,
  type Mentions,
  type TrackFromGmail,
  TrackFromGmailSchema,
  type Whereabouts,
} from '../model';
import { type SentReview, SentReviewSchema } from '../model/gmail-sent';
import { parseAmount } from '../money';
import { overlayLanguage } from '../sites/gmail/page-lang';
import { proposeInvoices, type SentProposal } from '../sites/gmail/sent-list-propose';

/** The rows the page's address carries, or null when it carries none that hold. */
export function readReviewHash(hash: string): SentReview | null {
  try {
    const parsed = SentReviewSchema.safeParse(JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ReviewView {
  proposals: SentProposal[];
  /** Proposals left out because their thread is already tracked. */
  alreadyTracked: number;
  /** What the user's invoices print (their answer in the welcome), for invoices never read. */
  mentions: Mentions;
  account: number;
}

export async function reviewView(db: EcheanceDb, review: SentReview): Promise<ReviewView> {
  const all = proposeInvoices(review);
  const tracked = new Set(
    (
      await invoicesByThread(
        db,
        all.map((p) => p.threadId),
      )
    ).map((i) => (i.origin.kind === 'gmail' ? i.origin.threadId : '')),
  );
  const proposals = all.filter((p) => !tracked.has(p.threadId));
  const settings = await getSettings(db);
  return {
    proposals,
    alreadyTracked: all.length - proposals.length,
    mentions: mentionsForImport(null, settings.mentionDefaults ?? null),
    account: review.account,
  };
}

/** The bar's « N factures repérées »: what the review page will propose, in the overlay's language. */
export async function sentReviewCount(
  db: EcheanceDb,
  review: SentReview,
  uiLanguage: Language,
): Promise<{ count: number; lang: Language }> {
  const settings = await getSettings(db);
  const view = await reviewView(db, review);
  return {
    count: view.proposals.length,
    lang: overlayLanguage(settings.language, review.pageLang, uiLanguage),
  };
}

/** One row of the review as the user left it: the proposal's values, edited. */
export interface ReviewDraft {
  number: string;
  clientName: string;
  clientEmail: string;
  clientKind: ClientKind | null;
  amount: string;
  dueDate: string;
  reached: Whereabouts['reached'];
  on: string;
  /** The user changed the pre-filled answer. */
  answered: boolean;
}

export function draftOf(p: SentProposal): ReviewDraft {
  return {
    number: p.number ?? '',
    clientName: p.clientName ?? '',
    clientEmail: p.clientEmail ?? '',
    clientKind: p.clientKindGuess,
    amount: p.totalCents === null ? '' : (p.totalCents / 100).toFixed(2).replace('.', ','),
    dueDate: p.dueDate ?? '',
    reached: p.whereabouts.reached,
    on: p.whereabouts.on ?? '',
    answered: false,
  };
}

/** A field of a row that does not hold, for the page to name. */
export type DraftField = 'number' | 'clientName' | 'clientEmail' | 'clientKind' | 'amount' | 'dueDate' | 'on';

/**
 * The « Suivre » request of a row, or the fields to fix. The amount is the one shown or typed,
 * never a guess; the answer to « Où en êtes-vous ? » keeps its source (the thread, or the user).
 */
export function requestOf(
  p: SentProposal,
  d: ReviewDraft,
  view: Pick<ReviewView, 'mentions' | 'account'>,
): { ok: true; request: TrackFromGmail } | { ok: false; fields: DraftField[] } {
  const cents = parseAmount(d.amount);
  const whereabouts: Whereabouts = {
    reached: d.reached,
    on: d.reached === 'nothing' || d.on === '' ? null : (d.on as IsoDate),
    source: d.answered ? 'user' : 'gmail-thread',
  };
  const candidate = {
    threadId: p.threadId,
    messageId: null,
    account: view.account,
    number: d.number.trim(),
    totalCents: cents ?? 0,
    currency: p.currency,
    issueDate: p.issueDate,
    dueDate: d.dueDate,
    paymentTerms: p.paymentTerms,
    clientName: d.clientName.trim(),
    clientEmail: d.clientEmail.trim() === '' ? null : d.clientEmail.trim(),
    clientKind: d.clientKind ?? undefined,
    addressing: 'vous',
    contactFirstName: p.contactFirstName,
    language: p.language,
    mentions: view.mentions,
    fileRef: null,
    whereabouts,
  };
  const parsed = TrackFromGmailSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, request: parsed.data };
  const fields = new Set<DraftField>();
  for (const issue of parsed.error.issues) {
    const head = String(issue.path[0] ?? '');
    if (head === 'totalCents') fields.add('amount');
    else if (head === 'whereabouts') fields.add('on');
    else if (
      head === 'number' ||
      head === 'clientName' ||
      head === 'clientEmail' ||
      head === 'clientKind' ||
      head === 'dueDate'
    )
      fields.add(head);
  }
  if (fields.size === 0) fields.add('number');
  return { ok: false, fields: [...fields] };
}
