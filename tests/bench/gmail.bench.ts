/**
 * The Gmail content script's main-thread time per navigation to the 50-message thread, and
 * what it costs on a Gmail page that is neither a list nor a thread. Read from the User Timing
 * measures the e2e build records (entrypoints/gmail.content/timing.ts). Budget (issues #4, #13):
 * ≤ 5 ms per navigation, on the late-2026 simulator where all but the newest message are
 * collapsed headers.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launch } from '../e2e/browser';
import { GMAIL, serveGmail, THREAD } from '../e2e/gmail-sim';
import type { BenchSuite } from './types';

const ROUNDS = 12;

const measures = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('echeance:'))
      .map((m) => ({ name: m.name, duration: m.duration })),
  );
const clear = (page: Page) => page.evaluate(() => performance.clearMeasures());
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const suite: BenchSuite = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'echeance-bench-gmail-'));
  const session = await launch(join(dir, 'profile'));
  serveGmail(session);
  try {
    const page = await session.context.newPage();
    await page.goto(`${GMAIL}?hl=fr&expand=all#sent`);
    await page.locator('tr.zA').first().waitFor();
    const perNavigation: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await page.evaluate(() => {
        location.hash = '#sent';
      });
      await page.locator('tr.zA').first().waitFor();
      await page.waitForTimeout(300);
      await clear(page);
      await page.evaluate((id) => {
        location.hash = `#sent/${id}`;
      }, THREAD.long50);
      await page.locator('echeance-card').waitFor();
      await page.waitForTimeout(300);
      const list = await measures(page);
      if (process.env.BENCH_DEBUG)
        console.error(list.map((m) => `${m.name}=${m.duration.toFixed(2)}`).join(' '));
      const ms = list.reduce((s, m) => s + m.duration, 0);
      perNavigation.push(ms);
    }
    const messages = await page.locator('div.adn').count();
    const collapsed = await page.locator('.adf.ads').count();

    // A Gmail view that is neither a list nor a thread: only the route check may run.
    await page.evaluate(() => {
      location.hash = '#settings/general';
    });
    await page.waitForTimeout(300);
    await clear(page);
    await page.evaluate(() => {
      for (let i = 0; i < 20; i++) document.body.appendChild(document.createElement('div'));
    });
    await page.waitForTimeout(500);
    const other = await measures(page);
    const otherWork = other.filter((m) => m.name !== 'echeance:route');
    const routeMs = other.reduce((s, m) => s + m.duration, 0);
    return [
      {
        figure: `Gmail: main-thread work per navigation, ${messages + collapsed}-message thread, ${collapsed} collapsed (late-2026 Gmail, median of ${ROUNDS})`,
        measured: `${median(perNavigation).toFixed(2)} ms (max ${Math.max(...perNavigation).toFixed(2)})`,
        budget: '≤ 5 ms',
        ok: median(perNavigation) <= 5,
      },
      {
        figure: 'Gmail: work on a page that is neither list nor thread',
        measured: `${other.length} route check(s), ${routeMs.toFixed(3)} ms, ${otherWork.length} feature run(s)`,
        budget: 'route check only',
        ok: otherWork.length === 0,
      },
    ];
  } finally {
    await session.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
export default suite;
