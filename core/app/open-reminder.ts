/**
 * Today's reminder for an invoice, and where to write it: a reply in its Gmail thread when it
 * came from Gmail, else the mailbox target of the settings. All overdue invoices of the same
 * client with a step due go into one reminder.
 */
import { composeUrl, gmailThreadUrl } from '../compose';
import { localDate } from '../dates';
import { type EcheanceDb, getSettings } from '../db';
import { nextAction } from '../dunning';
import type { Settings } from '../model';
import { renderStep } from '../templates';
import { rememberOpenedCompose } from './opened-composes';
import { addPendingConfirmation } from './pending-confirmations';
import type { Ports } from './ports';
import { casesFor, loadCase } from './read-case';

export interface ReminderDraft {
  invoiceId: string;
  stepId: string;
  template: string;
  covers: { invoiceId: string; stepId: string; template: string }[];
  to: string[];
  subject: string;
  body: string;
  threadId: string | null;
  account: number;
}

export async function reminderDraft(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
): Promise<{ draft: ReminderDraft; settings: Settings } | null> {
  const main = await loadCase(db, invoiceId);
  if (!main) return null;
  const today = localDate(now);
  const action = nextAction(main.invoice, main.client, main.events, main.scenario, today);
  if (action.kind !== 'step') return null;
  const [settings, ofClient] = await Promise.all([
    getSettings(db),
    db.invoices.where('clientId').equals(main.client.id).toArray(),
  ]);
  const siblings = (await casesFor(db, ofClient)).flatMap((c) => {
    if (c.invoice.id === invoiceId) return [];
    const next = nextAction(c.invoice, c.client, c.events, c.scenario, today);
    return next.kind === 'step' ? [{ ...c, step: next.step }] : [];
  });
  const { subject, body } = renderStep({
    lang: main.client.language,
    addressing: main.client.addressing,
    step: action.step,
    scenario: main.scenario,
    client: main.client,
    invoices: [main, ...siblings].map((c) => ({ invoice: c.invoice, events: c.events })),
    settings,
    now: today,
    brokenPromise: action.brokenPromise,
    brokenPlan: action.brokenPlan,
  });
  const origin = main.invoice.origin;
  const draft = {
    invoiceId,
    stepId: action.step.id,
    template: action.step.template,
    covers: [
      { invoiceId, stepId: action.step.id, template: action.step.template },
      ...siblings.map((c) => ({ invoiceId: c.invoice.id, stepId: c.step.id, template: c.step.template })),
    ],
    to: main.client.emails,
    subject,
    body,
    threadId: origin.kind === 'gmail' ? origin.threadId : null,
    account: origin.kind === 'gmail' ? origin.account : settings.gmailAccount,
  };
  return { draft, settings };
}

/** `reminder/draft`: the texts of today's reminder, for a page that writes it itself. */
export async function draftReminder(db: EcheanceDb, invoiceId: string, now: Date) {
  const found = await reminderDraft(db, invoiceId, now);
  if (!found) throw new Error('aucune relance à faire aujourd’hui pour cette facture');
  const { stepId, template, covers, to, subject, body } = found.draft;
  return { invoiceId, stepId, template, covers, to, subject, body };
}

/**
 * Opens the reminder in the mailbox; the invoices it covers, or null when no step is due. For
 * a Gmail thread, the intent waits in session storage until the content script of the opened
 * thread picks it up (it survives a worker restart). A new Gmail message is remembered for the
 * Gmail page to recognise and follow (opened-composes.ts); Outlook and the mail app leave the
 * browser, so the user is asked later whether it went (pending-confirmations.ts).
 */
export async function openReminder(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
  ports: Pick<Ports, 'openTab' | 'sessionSet'>,
): Promise<{ covers: ReminderDraft['covers']; followed: boolean } | null> {
  const found = await reminderDraft(db, invoiceId, now);
  if (!found) return null;
  const { draft, settings } = found;
  if (draft.threadId) {
    await ports.sessionSet(`compose|${draft.threadId}`, { invoiceId, at: now.getTime() });
    await ports.openTab(gmailThreadUrl(draft.threadId, draft.account));
    return { covers: draft.covers, followed: true };
  }
  const target = settings.mailTarget;
  if (target === 'gmail') await rememberOpenedCompose(db, draft, settings.attachInvoicePdf !== false, now);
  else await addPendingConfirmation(db, draft, target, now);
  await ports.openTab(composeUrl(target, draft, settings.gmailAccount));
  return { covers: draft.covers, followed: true };
}

/**
 * `reminder/open`: whether a reminder was opened, and the invoices it covers. `followed`: its send
 * is seen in Gmail or asked about later, so the page opening it asks nothing.
 */
export async function openReminderFor(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
  ports: Pick<Ports, 'openTab' | 'sessionSet'>,
): Promise<{ opened: boolean; covers: ReminderDraft['covers']; followed: boolean }> {
  const opened = await openReminder(db, invoiceId, now, ports);
  return { opened: opened !== null, covers: opened?.covers ?? [], followed: opened?.followed ?? false };
}
