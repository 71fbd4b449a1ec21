/**
 * The browser behind the Gmail use cases of core/app: the session storage where the popup's
 * « Relancer » leaves its intent, the browser's language, the attachment host's grant, and the
 * reader page that runs pdf.js (extract-pdf.ts).
 */
import type { AttachmentPorts } from '../../core/app/gmail-attachment';
import type { GmailCardPorts } from '../../core/app/gmail-card';
import { sessionTake, uiLanguage } from '../../core/platform';
import { hasOrigins } from '../../core/platform/scripting';
import { ATTACHMENT_PERMISSION } from '../../core/sites/gmail/attachment';
import { readPdf } from './extract-pdf';

export function gmailCardPorts(): GmailCardPorts {
  return {
    uiLanguage: uiLanguage(),
    takeComposeIntent: async (threadId) =>
      (await sessionTake(`compose|${threadId}`)) as { at?: number } | undefined,
  };
}

export const attachmentPorts: AttachmentPorts = {
  readPdf,
  granted: () => hasOrigins([ATTACHMENT_PERMISSION]),
  fetch: (url, init) => fetch(url, init),
};
