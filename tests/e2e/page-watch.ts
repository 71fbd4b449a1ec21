/**
 * Whether a page froze: a timer every 10 ms that runs only when the page is free. How often it
 * ran and the longest wait between two runs, since `startPageWatch`.
 */
import type { Page } from '@playwright/test';

interface Watch {
  ticks: number;
  longest: number;
  last: number;
  since: number;
}

export async function startPageWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = globalThis as unknown as { pageWatch?: Watch };
    const now = performance.now();
    if (!w.pageWatch) {
      setInterval(() => {
        const watch = w.pageWatch!;
        const t = performance.now();
        watch.longest = Math.max(watch.longest, t - watch.last);
        watch.last = t;
        watch.ticks++;
      }, 10);
    }
    w.pageWatch = { ticks: 0, longest: 0, last: now, since: now };
  });
}

export async function readPageWatch(page: Page): Promise<{ ms: number; ticks: number; longest: number }> {
  return page.evaluate(() => {
    const w = (globalThis as unknown as { pageWatch: Watch }).pageWatch;
    return { ms: performance.now() - w.since, ticks: w.ticks, longest: w.longest };
  });
}
