/**
 * Tells the background whether Gmail's page is one we recognise. Unrecognised, every feature
 * stays silent in the page (no error, no console output); the popup says so instead.
 */
import { sendFromContent } from '../../../core/platform/content';
import { findThreadContainer } from '../../../core/sites/gmail/anchors';
import { queryFirst } from '../../../core/sites/gmail/dom';
import type { GmailFeature } from '../registry';

/** Gmail builds its views asynchronously: give it this long before calling a view unknown. */
const GRACE_MS = 5000;

let said: boolean | null = null;
let pending = false;

function recognised(doc: Document, list: boolean): boolean {
  return list ? queryFirst(doc, 'threadList') !== null : findThreadContainer(doc) !== null;
}

function say(value: boolean) {
  if (said === value) return;
  said = value;
  sendFromContent('gmail/layout', { recognised: value });
}

export const layoutCheck: GmailFeature = {
  id: 'layout-check',
  include: (route) => route.kind !== 'other',
  run({ ctx, doc, route }) {
    const list = route.kind === 'thread-list';
    if (recognised(doc, list)) return say(true);
    if (pending || said !== null) return;
    pending = true;
    ctx.setTimeout(() => {
      pending = false;
      if (!recognised(doc, list)) say(false);
    }, GRACE_MS);
  },
};
