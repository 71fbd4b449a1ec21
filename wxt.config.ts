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
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://mail.google.com/*'],
    // The e2e build exposes nothing extra through the manifest; the test-only hooks are
    // compiled in by `import.meta.env.MODE === 'e2e'` checks (see core/platform/test-hooks.ts).
    ...(mode === 'e2e' ? {} : {}),
  }),
});
