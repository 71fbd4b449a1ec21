/**
 * Invoicing sites enabled per site: the invoice-page content script follows the granted
 * optional host permissions — at start-up, at install or update, and whenever the user grants
 * or removes a site (from the settings, or from Chrome's own extension page).
 */
import { onStartupOrInstall } from '../../core/platform';
import { onSitePermissionsChanged, syncInvoicePageScript } from '../../core/platform/scripting';

export function registerWebDetect(): void {
  const sync = () => {
    syncInvoicePageScript().catch((e: unknown) => console.error('[Échéance] sites de facturation', e));
  };
  onStartupOrInstall(sync);
  onSitePermissionsChanged(sync);
}
