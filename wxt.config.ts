import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { HOSTED_PATTERNS } from './core/sites/invoice-page';

/** Our add-on id on addons.mozilla.org; the Firefox e2e suite maps it to a fixed origin. */
export const GECKO_ID = 'echeance@echeance.app';

// https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  // Firefox gets Manifest V3 too (WXT's default for Firefox is MV2).
  manifestVersion: 3,
  // ECH_SOURCEMAP=1 writes source maps, to see which modules each chunk holds (their `sources`)
  // when an initial-JavaScript budget moves.
  vite: () => ({ plugins: [preact()], build: { sourcemap: process.env.ECH_SOURCEMAP === '1' } }),
  hooks: {
    // WXT marks the Gmail card's CSS `use_dynamic_url`, which Firefox does not know (MDN
    // web_accessible_resources, compatibility table): dropped there so that the manifest loads
    // without a warning; Firefox's moz-extension:// origin is already random per profile.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource === 'object') delete (resource as { use_dynamic_url?: boolean }).use_dynamic_url;
      }
    },
  },
  zip: {
    // AMO asks for the sources of any bundled build: everything needed to rebuild with
    // `npm ci && npm run zip:firefox` (README « Build from source »), without the tests, their
    // fixtures and any build output.
    excludeSources: ['tests/**', 'dist/**', 'test-results/**', 'playwright-report/**', '**/*.log'],
  },
  manifest: ({ mode, browser }) => {
    const firefox = browser === 'firefox';
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      // Least privilege: only what the shipped features use. Gmail is the one host we read.
      // activeTab + scripting: « Détecter la facture sur cette page » reads the tab the user is on
      // when they press our button, and only then; no broad host permission.
      // offscreen (Chrome only): the PDF attached to a Gmail invoice is read with pdf.js in an
      // offscreen document, which the service worker cannot run and the Gmail content script must
      // not carry. Firefox has no offscreen API and needs none: its MV3 background is an event
      // page with a DOM, which hosts the same reader page in an iframe (core/platform/pdf-reader).
      // unlimitedStorage: kept PDFs make the database grow past the default quota, and a restore
      // stages a whole backup before swapping it in; it also lets the browser keep the data
      // persistent (navigator.storage.persist, asked from the dashboard).
      permissions: [
        'storage',
        'alarms',
        'notifications',
        'activeTab',
        'scripting',
        'unlimitedStorage',
        ...(firefox ? [] : ['offscreen']),
      ],
      host_permissions: ['https://mail.google.com/*'],
      // Firefox has no folder picker for extensions: the daily backup goes to Downloads/Echeance,
      // which takes `downloads`, asked by the click that turns the backup on (core/platform/
      // backup-folder.ts). Chrome writes to the folder the user chose and needs no permission.
      ...(firefox ? { optional_permissions: ['downloads'] } : {}),
      // Invoicing apps, enabled one site at a time from the settings (permissions.request from a
      // click): the hosted offers each app adapter declares (core/sites/*/parse.ts `hosts`:
      // Invoice Ninja, Odoo, Dolibarr's DoliCloud), and any https origin so that a self-hosted
      // instance (InvoiceShelf, Crater, Dolibarr…) can be granted by its own origin. Nothing here
      // is granted at install.
      optional_host_permissions: [
        ...HOSTED_PATTERNS,
        'https://*/*',
        // The PDF attached to a Gmail invoice: Gmail's URL redirects there (302) since 2026, and
        // the background reads it when the page cannot; asked when first needed.
        'https://mail-attachment.googleusercontent.com/*',
      ],
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: GECKO_ID,
                // 140 (an ESR): the first version that knows `data_collection_permissions`, which
                // AMO requires of new add-ons since 3 Nov 2025 (older versions reject the key).
                // It also covers what else we use: MV3 with an event-page background (109),
                // scripting (102), storage.session (115), optional_host_permissions (128), and
                // host permissions granted at install (127; MDN host_permissions).
                strict_min_version: '140.0',
                // Nothing leaves the browser (README « Privacy »): no data collected.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
      // The e2e build exposes nothing extra through the manifest but this: the invoicing test
      // origin is granted up front, because a headless browser can neither press the toolbar
      // button (the gesture that grants activeTab) nor accept a permission prompt; the code path
      // is the same scripting.executeScript (tests/e2e/detect.spec.ts). In Firefox, the test
      // origin echeance.test lets the suite ask the background to open our pages, which Firefox
      // does not let automation navigate to (tests/e2e-firefox). Other test-only hooks are
      // compiled in by `import.meta.env.MODE === 'e2e'` checks.
      ...(mode === 'e2e'
        ? {
            host_permissions: [
              'https://mail.google.com/*',
              'https://factures.lumen.test/*',
              // Granted up front in e2e for the same reason (no permission prompt in headless runs).
              'https://mail-attachment.googleusercontent.com/*',
              ...(firefox ? ['https://echeance.test/*'] : []),
            ],
          }
        : {}),
    };
  },
});
