/**
 * Dashboard search over 10,000 invoices in Chromium with the e2e build (`npm run build:e2e`
 * first). Budget (issue #6): ≤ 100 ms from a keystroke in the search box to the list redrawn.
 * Two figures per search: what the page reports (`data-filter-ms`, input handler → DOM
 * committed, e2e builds only) and the wall clock to the next painted frame.
 */
import { extensionPage } from '../e2e/browser';
import { tenThousandInvoices } from './ten-thousand';
import type { BenchSuite } from './types';

/** Words a user would type: a client, an invoice number, an email domain, nothing found, cleared. */
const SEARCHES = ['a', 'client 12', 'f-00999', 'exemple.test', 'zzz', 'client 4', ''];

const suite: BenchSuite = async () => {
  const { session, page, close } = await tenThousandInvoices();
  try {
    await extensionPage(session, page, 'dashboard.html#invoices');
    await page.reload();
    await page
      .getByTestId('invoice-count')
      .filter({ hasText: /10\s?000/ })
      .waitFor({ timeout: 60_000 });
    // The background replans the 10,000 new invoices after the import and the list re-reads
    // them when it does: let that settle so the figure is the search, not the import's tail.
    await page.waitForTimeout(3000);
    const runs: { reported: number; frame: number }[] = [];
    for (const text of SEARCHES) {
      runs.push(
        await page.evaluate(
          (term) =>
            new Promise<{ reported: number; frame: number }>((done) => {
              const list = document.querySelector('[data-testid=invoice-list]') as HTMLElement;
              const input = document.querySelector('[data-testid=list-search]') as HTMLInputElement;
              delete list.dataset.filterMs;
              const observer = new MutationObserver(() => {
                if (list.dataset.filterMs === undefined) return;
                observer.disconnect();
                // Two frames: the first callback runs before the paint, the second after it.
                requestAnimationFrame(() =>
                  requestAnimationFrame(() =>
                    done({ reported: Number(list.dataset.filterMs), frame: performance.now() - start }),
                  ),
                );
              });
              observer.observe(list, { attributes: true });
              const start = performance.now();
              input.value = term;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          text,
        ),
      );
    }
    if (process.env.BENCH_VERBOSE) console.error(SEARCHES, runs);
    const worst = (pick: (r: (typeof runs)[number]) => number) => Math.max(...runs.map(pick));
    const reported = worst((r) => r.reported);
    const frame = worst((r) => r.frame);
    return [
      {
        figure: `dashboard search over 10,000 invoices: input → list committed (worst of ${runs.length})`,
        measured: `${reported.toFixed(1)} ms`,
        budget: '≤ 100 ms',
        ok: reported <= 100,
      },
      {
        figure: `dashboard filter over 10,000 invoices: input → next painted frame (worst of ${runs.length})`,
        measured: `${frame.toFixed(1)} ms`,
        budget: '≤ 100 ms',
        ok: frame <= 100,
      },
    ];
  } finally {
    await close();
  }
};
export default suite;
