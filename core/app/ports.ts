/**
 * What the application asks of the browser, as plain functions passed in: the background
 * builds them from core/platform (entrypoints/background/ports.ts), unit tests pass fakes that
 * record the calls. A use case takes only the ports it uses (`Pick<Ports, …>`).
 */
import type { Language } from '../model';
import type { NotificationText, PlannedAlarm } from '../notify';

export interface Ports {
  /** Opens a tab at `url` (a mailbox, one of the extension's pages). */
  openTab(url: string): Promise<void>;
  /** The full URL of one of the extension's own pages. */
  extensionUrl(path: `/${string}`): string;
  showNotification(id: string, text: NotificationText): Promise<void>;
  clearNotification(id: string): Promise<void>;
  setBadgeCount(count: number): Promise<void>;
  /** Makes the set of alarms exactly `wanted`. */
  reconcileAlarms(wanted: readonly PlannedAlarm[]): Promise<void>;
  /** Short-lived intents that must survive a service-worker restart. */
  sessionSet(key: string, value: unknown): Promise<void>;
  /** The browser's UI language. */
  uiLanguage(): Language;
}

/** Opens one of the extension's pages (the dashboard at an invoice, a settings section). */
export async function openOwnPage(
  ports: Pick<Ports, 'openTab' | 'extensionUrl'>,
  path: `/${string}`,
): Promise<{ opened: true }> {
  await ports.openTab(ports.extensionUrl(path));
  return { opened: true };
}
