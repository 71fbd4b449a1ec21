/** The application's browser ports (core/app/ports.ts), made of core/platform's functions. */
import type { Ports } from '../../core/app/ports';
import {
  clearNotification,
  extensionUrl,
  openTab,
  reconcileAlarms,
  sessionSet,
  setBadgeCount,
  showNotification,
  uiLanguage,
} from '../../core/platform';

export const browserPorts: Ports = {
  openTab,
  extensionUrl,
  showNotification,
  clearNotification,
  setBadgeCount,
  reconcileAlarms,
  sessionSet,
  uiLanguage,
};
