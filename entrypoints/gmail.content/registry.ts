/**
 * Runs each Gmail feature on the views it includes, after every in-page navigation
 * (`hashchange`) and, debounced, after DOM changes (Gmail renders views asynchronously).
 * Features are idempotent: they mark what they added. A page that is neither a list nor a
 * thread costs one hash parse.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageLanguage } from '../../core/sites/gmail/page-lang';
import { type GmailRoute, parseRoute } from '../../core/sites/gmail/parse-route';
import { timed } from './timing';

export interface FeatureRun {
  ctx: ContentScriptContext;
  doc: Document;
  route: GmailRoute;
  /** Aborted when the user navigates away from the view the run started on. */
  signal: AbortSignal;
}

export interface GmailFeature {
  id: string;
  include: (route: GmailRoute) => boolean;
  run: (run: FeatureRun) => Promise<void> | void;
}

const DEBOUNCE_MS = 150;

export function startFeatures(
  ctx: ContentScriptContext,
  doc: Document,
  features: readonly GmailFeature[],
): void {
  let view = '';
  let controller = new AbortController();
  let timer: number | undefined;

  const runAll = () => {
    timer = undefined;
    const route = timed('route', () => parseRoute(doc.location.hash));
    if (route.kind === 'other') return;
    if (doc.location.hash !== view) {
      view = doc.location.hash;
      controller.abort();
      controller = new AbortController();
    }
    for (const feature of features) {
      if (!feature.include(route)) continue;
      // A layout we do not recognise makes a feature return early; nothing reaches the page.
      Promise.resolve()
        .then(() => feature.run({ ctx, doc, route, signal: controller.signal }))
        .catch(() => {});
    }
  };
  const schedule = () => {
    if (timer === undefined) timer = ctx.setTimeout(runAll, DEBOUNCE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, { childList: true, subtree: true });
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.onInvalidated(() => {
    observer.disconnect();
    controller.abort();
  });
  schedule();
}

/** A set of thread ids that empties when the view (`location.hash`) changes. */
export function perView(): (doc: Document) => Set<string> {
  let hash = '';
  const ids = new Set<string>();
  return (doc) => {
    if (doc.location.hash !== hash) {
      hash = doc.location.hash;
      ids.clear();
    }
    return ids;
  };
}

/** Gmail's UI language, for the overlay's texts (the settings may override it). */
export function gmailLang(doc: Document): 'fr' | 'en' | undefined {
  return pageLanguage(doc.documentElement.getAttribute('lang')) ?? undefined;
}
