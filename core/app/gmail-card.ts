/**
 * The Gmail card's read model (`gmail/thread-status`): the invoice tracked from this thread, as
 * the card shows it, in the overlay's language; whether the popup's « Relancer » asked for a
 * reply in this thread a moment ago; the reminders sent from here still waiting to be seen sent.
 * The invoice is found through the thread index (core/db/by-thread), not by reading every case.
 */
import { daysBetween, localDate } from '../dates';
import { type EcheanceDb, getSettings } from '../db';
import { invoiceByThread } from '../db/by-thread';
import { type DunningCase, describeNext, nextAction } from '../dunning';
import { edit } from '../i18n/catalogue/edit';
import { translator } from '../i18n/translate';
import { checkMentions, describeWarning } from '../law';
import type { GmailUndo, Language, PendingSend, TrackedView } from '../model';
import { overlayLanguage } from '../sites/gmail/page-lang';
import { pendingSendsOf } from './gmail-pending';
import { casesFor } from './read-case';
import { latestUndo, undoLabelKey } from './undo-offer';

/** A « Relancer » intent older than this is stale (the user opened the thread by hand later). */
const COMPOSE_INTENT_MS = 2 * 60_000;

export interface GmailCardPorts {
  /** The browser's UI language: the overlay's on « auto » when Gmail's page says none. */
  uiLanguage: Language;
  /** Reads and forgets the intent the popup's « Relancer » left for this thread (session storage). */
  takeComposeIntent: (threadId: string) => Promise<{ at?: number } | undefined>;
}

export interface GmailCard {
  lang: Language;
  tracked: TrackedView | null;
  /** Open the reply now: the popup's « Relancer » brought the user here. */
  composeNow: boolean;
  pendingSends: PendingSend[];
  /** « Annuler » for the newest action, when it is on this thread's invoice and still offered. */
  undo: GmailUndo | null;
}

export async function gmailCard(
  db: EcheanceDb,
  threadId: string,
  now: Date,
  pageLang: Language | undefined,
  ports: GmailCardPorts,
): Promise<GmailCard> {
  const [settings, invoice] = await Promise.all([getSettings(db), invoiceByThread(db, threadId)]);
  const lang = overlayLanguage(settings.language, pageLang, ports.uiLanguage);
  const [found] = invoice ? await casesFor(db, [invoice]) : [];
  const intent = await ports.takeComposeIntent(threadId);
  const composeNow = Boolean(found && intent?.at && now.getTime() - intent.at < COMPOSE_INTENT_MS);
  const pendingSends = found ? await pendingSendsOf(db, threadId, now) : [];
  const undo = invoice ? await undoOn(db, invoice.id, now, lang) : null;
  return {
    lang,
    tracked: found ? trackedView(found, localDate(now), lang) : null,
    composeNow,
    pendingSends,
    undo,
  };
}

/**
 * The popup's and the dashboard's « Annuler », on the card: only the newest action (an undo
 * writes back what that one changed), and only when it concerns this invoice.
 */
async function undoOn(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
  lang: Language,
): Promise<GmailUndo | null> {
  const offer = await latestUndo(db, now);
  if (!offer?.invoiceIds.includes(invoiceId)) return null;
  const words = translator(edit, lang)(undoLabelKey(offer.kind));
  const text = offer.numbers.length > 0 ? `${words} · ${offer.numbers.join(', ')}` : words;
  return { undoId: offer.id, text, until: offer.until };
}

function trackedView(c: DunningCase, today: string, lang: Language): TrackedView {
  const action = nextAction(c.invoice, c.client, c.events, c.scenario, today);
  const missing = checkMentions(c.invoice.mentions, c.client.kind).missing.map(
    (m) => `${m.label[lang]} : ${m.cost[lang]}`,
  );
  return {
    invoiceId: c.invoice.id,
    number: c.invoice.number,
    outstandingCents: action.outstandingCents,
    currency: c.invoice.currency,
    dueDate: c.invoice.dueDate,
    status: c.invoice.status,
    daysLate: Math.max(0, daysBetween(c.invoice.dueDate, today)),
    next: describeNext(action, lang),
    canRemind: action.kind === 'step',
    warnings: [...missing, ...action.warnings.map((w) => describeWarning(w, lang))],
  };
}
