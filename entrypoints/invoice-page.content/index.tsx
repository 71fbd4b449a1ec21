/**
 * On an invoicing site the user enabled (an optional host permission per site), the same kind of
 * card as in Gmail on invoice pages. Registered at run time for the granted origins only
 * (core/platform/scripting.ts syncInvoicePageScript); no manifest `matches`, so no host
 * permission is asked at install. Small by rule: no zod, no pdf.js.
 */

import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/gmail/card.css?inline';
import { mountSiteCard } from './mount-card';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  cssInjectionMode: 'manual',
  main(ctx) {
    mountSiteCard(ctx, document, cardCss);
  },
});
