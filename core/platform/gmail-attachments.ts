/**
 * The optional host Gmail's attachments come from since 2026 (core/sites/gmail/attachment.ts):
 * granted from a click in the settings, taken back there or in the browser's own extension
 * settings, which `watch` follows too.
 */
import { browser } from 'wxt/browser';
import { ATTACHMENT_PERMISSION } from '../sites/gmail/attachment';

export interface AttachmentAccess {
  granted: () => Promise<boolean>;
  /** Called from the click itself: browsers grant permissions only during a user gesture. */
  request: () => Promise<boolean>;
  remove: () => Promise<boolean>;
  /** Runs `onChange` whenever a grant changes; returns the unsubscription. */
  watch: (onChange: () => void) => () => void;
}

const origins = [ATTACHMENT_PERMISSION];

export const attachmentAccess: AttachmentAccess = {
  granted: () => browser.permissions.contains({ origins }),
  request: () => browser.permissions.request({ origins }),
  remove: () => browser.permissions.remove({ origins }),
  watch: (onChange) => {
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  },
};
