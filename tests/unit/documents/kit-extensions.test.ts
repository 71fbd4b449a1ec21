import { describe, expect, it } from 'vitest';
import { extensionOf } from '../../../core/documents/kit/exhibits';
import { onlySiteOrigins } from '../../../core/platform/scripting';

describe('court-kit exhibits keep only safe extensions', () => {
  it.each([
    ['facture.pdf', 'application/pdf', 'pdf'],
    ['AR.JPG', 'image/jpeg', 'jpg'],
    ['facture.pdf.exe', 'application/pdf', 'pdf'],
    ['page.html', 'text/html', 'bin'],
    ['x.js', 'application/javascript', 'bin'],
    ['scan', 'image/png', 'png'],
    ['raccourci.lnk', 'application/octet-stream', 'bin'],
  ])('%s (%s) → .%s', (name, mime, ext) => expect(extensionOf({ name, mime })).toBe(ext));
});

describe('invoicing sites among granted origins', () => {
  it('the "on all sites" grant is not a site: the invoice-page script is not registered everywhere', () => {
    expect(
      onlySiteOrigins([
        'https://mail.google.com/*',
        'https://*/*',
        '*://*/*',
        'https://*.com/*',
        'https://*.odoo.com/*',
        'https://factures.lumen.test/*',
      ]),
    ).toEqual(['https://*.odoo.com/*', 'https://factures.lumen.test/*']);
  });
});
