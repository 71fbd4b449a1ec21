/**
 * What the Gmail content script asks: the state of a thread's invoice, the labels of list
 * rows, and tracking a detected invoice. Texts come back in the UI language.
 */
import { daysBetween, localDate } from '../../core/dates';
import { allCases, type EcheanceDb, type TrackOutcome, trackInvoice } from '../../core/db';
import { type DunningCase, dayLabel, describeNext, nextAction } from '../../core/dunning';
import { common } from '../../core/i18n/catalogue/common';
import { translator } from '../../core/i18n/translate';
import { checkMentions, describeWarning } from '../../core/law';
import { type Language, legacyRatePercent } from '../../core/model';
import { sessionTake, uiLanguage } from '../../core/platform';
import type { ParsedRequestOf, ResponseOf, TrackedView } from '../../core/protocol';
import { overlayLanguage } from '../../core/sites/gmail/page-lang';
import { deriveState } from './derive';
import { pendingNewMessages, pendingSendsOf } from './gmail-pending';

/** A « Relancer » intent older than this is stale (the user opened the thread by hand later). */
const COMPOSE_INTENT_MS = 2 * 60_000;

function viewOf(c: DunningCase, today: string, lang: Language): TrackedView {
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

export async function threadStatus(
  db: EcheanceDb,
  threadId: string,
  now: Date,
  pageLang?: Language,
): Promise<ResponseOf<'gmail/thread-status'>> {
  const { cases, settings } = await allCases(db);
  const lang = overlayLanguage(settings.language, pageLang, uiLanguage());
  const found = cases.find(
    (c) => c.invoice.origin.kind === 'gmail' && c.invoice.origin.threadId === threadId,
  );
  const intent = (await sessionTake(`compose|${threadId}`)) as { at?: number } | undefined;
  const composeNow = Boolean(found && intent?.at && now.getTime() - intent.at < COMPOSE_INTENT_MS);
  const pendingSends = found ? await pendingSendsOf(db, threadId, now) : [];
  return { lang, tracked: found ? viewOf(found, localDate(now), lang) : null, composeNow, pendingSends };
}

export async function listLabels(
  db: EcheanceDb,
  threadIds: string[],
  now: Date,
  pageLang?: Language,
): Promise<ResponseOf<'gmail/labels'>> {
  const wanted = new Set(threadIds);
  const { cases, settings } = await allCases(db);
  const lang = overlayLanguage(settings.language, pageLang, uiLanguage());
  const t = translator(common, lang);
  const today = localDate(now);
  const labels = cases.flatMap(({ invoice }): ResponseOf<'gmail/labels'>['labels'] => {
    if (invoice.origin.kind !== 'gmail' || !wanted.has(invoice.origin.threadId)) return [];
    const threadId = invoice.origin.threadId;
    if (invoice.status === 'paid') return [{ threadId, text: t('status.paid'), tone: 'ok' }];
    if (invoice.status === 'written_off') return [{ threadId, text: t('status.written_off'), tone: 'ok' }];
    const late = daysBetween(invoice.dueDate, today);
    return [{ threadId, text: dayLabel(late, lang), tone: late > 0 ? 'late' : 'due' }];
  });
  return { labels, pendingNew: await pendingNewMessages(db, now) };
}

export async function trackFromGmail(
  db: EcheanceDb,
  r: ParsedRequestOf<'invoice/track'>,
  now: Date,
): Promise<TrackOutcome> {
  return trackInvoice(
    db,
    {
      invoice: {
        number: r.number,
        issueDate: r.issueDate,
        dueDate: r.dueDate,
        paymentTerms: r.paymentTerms,
        totalCents: r.totalCents,
        amountDueCents: r.totalCents,
        currency: r.currency,
        // The kind wins; the legacy percent mirrors a fixed rate for older readers.
        contractualRatePercent: r.contractualRate
          ? legacyRatePercent(r.contractualRate)
          : r.contractualRatePercent,
        contractualRate: r.contractualRate ?? null,
        mentions: r.mentions,
        origin: { kind: 'gmail', threadId: r.threadId, messageId: r.messageId, account: r.account },
        fileId: null,
        createdAt: now.toISOString(),
      },
      client: {
        name: r.clientName,
        kind: r.clientKind,
        contactFirstName: r.contactFirstName,
        emails: r.clientEmail ? [r.clientEmail] : [],
        phone: null,
        address: null,
        siren: null,
        addressing: r.addressing,
        language: r.language,
        scenarioId: null,
        notes: '',
        signature: r.clientSignature ?? null,
        proceedings: null,
        workSuspended: false,
      },
      file: r.file,
    },
    await deriveState(db),
    localDate(now),
  );
}
