/**
 * Where a reminder is written when it is not a reply inside Gmail: a new Gmail compose,
 * Outlook on the web, or the default mail app. Each is a URL the browser opens; the user
 * reviews and sends.
 */
import type { MailTarget } from '../model';

export interface Draft {
  to: readonly string[];
  subject: string;
  body: string;
}

/** Gmail's full-screen compose, documented by its `view=cm` parameters. */
export function gmailComposeUrl(draft: Draft, account = 0): string {
  const q = new URLSearchParams({
    view: 'cm',
    fs: '1',
    to: draft.to.join(','),
    su: draft.subject,
    body: draft.body,
  });
  return `https://mail.google.com/mail/u/${account}/?${q}`;
}

/** Outlook on the web's compose deep link. */
export function outlookComposeUrl(draft: Draft): string {
  const q = new URLSearchParams({ to: draft.to.join(','), subject: draft.subject, body: draft.body });
  return `https://outlook.office.com/mail/deeplink/compose?${q}`;
}

/** RFC 6068: spaces as %20, not '+', which mail apps would show literally. */
export function mailtoUrl(draft: Draft): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%40/g, '@');
  const to = draft.to.map(enc).join(',');
  return `mailto:${to}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body.replace(/\r?\n/g, '\r\n'))}`;
}

export function composeUrl(target: MailTarget, draft: Draft, gmailAccount = 0): string {
  switch (target) {
    case 'gmail':
      return gmailComposeUrl(draft, gmailAccount);
    case 'outlook':
      return outlookComposeUrl(draft);
    case 'mailto':
      return mailtoUrl(draft);
  }
}

/** The Gmail thread of an invoice, to reply in it. */
export function gmailThreadUrl(threadId: string, account = 0): string {
  return `https://mail.google.com/mail/u/${account}/#all/${encodeURIComponent(threadId)}`;
}
