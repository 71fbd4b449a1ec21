import '../../components/gmail/card.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { threadCard } from './features/card';
import { layoutCheck } from './features/layout-check';
import { listLabels } from './features/list-labels';
import { openedCompose } from './features/opened-compose';
import { sentReview } from './features/sent-review';
import { guardKeys } from './keys';
import { startFeatures } from './registry';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    guardKeys(ctx, window);
    startFeatures(ctx, document, [threadCard, listLabels, sentReview, layoutCheck, openedCompose]);
  },
});
