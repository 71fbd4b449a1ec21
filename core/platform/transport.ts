/** The browser transport of core/protocol's sender: one runtime message to the background. */
import { browser } from 'wxt/browser';
import type { Transport } from '../protocol/sender';

export const browserTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);
