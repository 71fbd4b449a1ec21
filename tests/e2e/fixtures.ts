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
    await session.close().catch(() => {});
    expect(session.leaks, 'no request may leave the browser').toEqual([]);
  },
});

export { expect };
