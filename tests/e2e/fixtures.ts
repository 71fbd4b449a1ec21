import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { launch, type Session } from './browser';

export * from './browser';

type Fixtures = { profileDir: string; session: Session; lang: 'fr' | 'en' };

export const test = base.extend<Fixtures>({
  lang: ['fr', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern.
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'echeance-profile-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  session: async ({ profileDir, lang }, use) => {
    const session = await launch(profileDir, new Map(), lang);
    await use(session);
    // Every spec, every page still open at its end: no « facture(s) » on screen (issue #20).
    const unfinished = await unfinishedPlurals(session);
    await session.close().catch(() => {});
    expect(unfinished, 'no « (s) » on any screen: plurals go through Intl.PluralRules').toEqual([]);
    expect(session.leaks, 'no request may leave the browser').toEqual([]);
  },
});

export { expect };

/** The visible text of each open page, searched for « (s) »-style plurals: cheap, one read per page. */
async function unfinishedPlurals(session: Session): Promise<string[]> {
  const found: string[] = [];
  for (const page of session.context.pages()) {
    if (page.isClosed()) continue;
    // innerText, not textContent: what is on screen, not hidden templates or scripts.
    // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point.
    const text = await page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    for (const m of text.matchAll(/\S*\p{L}\((?:s|es|e|x)\)\S*/gu)) found.push(`${page.url()}: ${m[0]}`);
  }
  return found;
}
