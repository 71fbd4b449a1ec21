/**
 * Today's reminder for an invoice, and where to write it: a reply in its Gmail thread when it
 * came from Gmail, else the mailbox target of the settings.
 */
import { composeUrl, gmailThreadUrl } from '../../core/compose';
import { localDate } from '../../core/dates';
import { allCases, type EcheanceDb } from '../../core/db';
import { nextAction } from '../../core/dunning';
import type { Settings } from '../../core/model';
import { openTab, sessionSet } from '../../core/platform';
import { renderStep } from '../../core/templates';

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

/** All overdue invoices of the same client with a step due go into one reminder. */
export async function reminderDraft(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
): Promise<{ draft: ReminderDraft; settings: Settings } | null> {
  const { cases, settings } = await allCases(db);
  const today = localDate(now);
  const main = cases.find((c) => c.invoice.id === invoiceId);
  if (!main) return null;
  const action = nextAction(main.invoice, main.client, main.events, main.scenario, today);
  if (action.kind !== 'step') return null;
  const siblings = cases.flatMap((c) => {
    if (c.client.id !== main.client.id || c.invoice.id === invoiceId) return [];
    const next = nextAction(c.invoice, c.client, c.events, c.scenario, today);
    return next.kind === 'step' ? [{ ...c, step: next.step }] : [];
  });
  const { subject, body } = renderStep({
    lang: main.client.language,
    addressing: main.client.addressing,
    step: action.step,
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

/**
 * Opens the reminder in the mailbox. For a Gmail thread, the intent waits in session storage
 * until the content script of the opened thread picks it up (it survives a worker restart).
 */
export async function openReminder(
  db: EcheanceDb,
  invoiceId: string,
  now: Date,
): Promise<ReminderDraft['covers'] | null> {
  const found = await reminderDraft(db, invoiceId, now);
  if (!found) return null;
  const { draft, settings } = found;
  if (draft.threadId) {
    await sessionSet(`compose|${draft.threadId}`, { invoiceId, at: now.getTime() });
    await openTab(gmailThreadUrl(draft.threadId, draft.account));
    return draft.covers;
  }
  await openTab(composeUrl(settings.mailTarget, draft, settings.gmailAccount));
  return draft.covers;
}
