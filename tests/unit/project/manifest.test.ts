/**
 * The manifests wxt.config.ts asks for: Chrome keeps its offscreen document; Firefox gets
 * Manifest V3 with its gecko settings, no offscreen permission, and no key it does not know.
 * (That WXT writes `background.scripts` for Firefox is checked on the built manifest by the
 * Firefox e2e suite, which loads it.)
 */
import { describe, expect, test } from 'vitest';
import config, { GECKO_ID } from '../../../wxt.config';

type Manifest = Record<string, unknown> & { permissions?: string[] };

function manifestFor(browser: 'chrome' | 'firefox', mode = 'production'): Manifest {
  const build = config.manifest as (env: object) => Manifest;
  return build({ browser, mode, command: 'build', manifestVersion: 3 });
}

describe('manifest', () => {
  test('Manifest V3 for every browser', () => {
    expect(config.manifestVersion).toBe(3);
  });

  test('Chrome reads PDFs in an offscreen document and has no gecko settings', () => {
    const chrome = manifestFor('chrome');
    expect(chrome.permissions).toContain('offscreen');
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  test('Firefox: gecko id, minimum version, no data collected, no offscreen', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.permissions).not.toContain('offscreen');
    expect(firefox.permissions).toEqual([
      'storage',
      'alarms',
      'notifications',
      'activeTab',
      'scripting',
      'unlimitedStorage',
    ]);
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    });
    expect(firefox.host_permissions).toEqual(['https://mail.google.com/*']);
  });

  test('only the Firefox e2e build grants the test origin that opens our pages', () => {
    expect(manifestFor('firefox', 'e2e').host_permissions).toContain('https://echeance.test/*');
    expect(manifestFor('chrome', 'e2e').host_permissions).not.toContain('https://echeance.test/*');
  });

  test('use_dynamic_url, unknown to Firefox, is dropped from its manifest only', () => {
    const hooks = config.hooks as Record<string, (wxt: object, manifest: Manifest) => void>;
    const hook = hooks['build:manifestGenerated']!;
    const withWar = (): Manifest => ({
      web_accessible_resources: [
        { resources: ['a.css'], matches: ['https://mail.google.com/*'], use_dynamic_url: true },
      ],
    });
    const firefox = withWar();
    hook({ config: { browser: 'firefox' } }, firefox);
    expect(firefox.web_accessible_resources).toEqual([
      { resources: ['a.css'], matches: ['https://mail.google.com/*'] },
    ]);
    const chrome = withWar();
    hook({ config: { browser: 'chrome' } }, chrome);
    expect(chrome).toEqual(withWar());
  });
});
