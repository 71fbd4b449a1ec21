import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // Least privilege: only what the shipped features use. Gmail is the one host we read.
    // activeTab + scripting: « Détecter la facture sur cette page » reads the tab the user is on
    // when they press our button, and only then; no broad host permission.
    // offscreen: the PDF attached to a Gmail invoice is read with pdf.js in an offscreen document,
    // which the service worker cannot run and the Gmail content script must not carry.
    // unlimitedStorage: kept PDFs make the database grow past the default quota, and a restore
    // stages a whole backup before swapping it in; it also lets the browser keep the data
    // persistent (navigator.storage.persist, asked from the dashboard).
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'offscreen',
      'unlimitedStorage',
    ],
    host_permissions: ['https://mail.google.com/*'],
    // Invoicing apps, enabled one site at a time from the settings (permissions.request from a
    // click): the hosted offers of Invoice Ninja, Odoo and Dolibarr (DoliCloud), and any https
    // origin so that a self-hosted instance (InvoiceShelf, Crater, Dolibarr…) can be granted by
    // its own origin. Nothing here is granted at install.
    optional_host_permissions: [
      'https://*.invoicing.co/*',
      'https://*.odoo.com/*',
      'https://*.with.dolicloud.com/*',
      'https://*/*',
    ],
    // The e2e build exposes nothing extra through the manifest but one thing: the invoicing test
    // origin is granted up front, because headless Chromium can neither press the toolbar button
    // (the gesture that grants activeTab) nor accept a permission prompt; the code path is the
    // same scripting.executeScript (tests/e2e/detect.spec.ts). Other test-only hooks are compiled
    // in by `import.meta.env.MODE === 'e2e'` checks.
    ...(mode === 'e2e'
      ? { host_permissions: ['https://mail.google.com/*', 'https://factures.lumen.test/*'] }
      : {}),
  }),
});
