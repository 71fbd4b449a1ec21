/**
 * Our UI in Gmail's page, each piece in its own open shadow root with the content script's CSS:
 * what WXT's createShadowRootUi does for us, without its auto-mount machinery, which weighed
 * about 2 KB gzipped of a content script held to 30 KB. Keys typed inside stop at the host on
 * their way up (and at the window on their way down: keys.ts), so Gmail's shortcuts never fire.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

let css: Promise<string> | undefined;

/** The entrypoint's stylesheet, read once; `:root` rules apply to each host. */
function loadCss(): Promise<string> {
  // WXT types list only its HTML pages; this stylesheet is a web-accessible resource it emits.
  const url = (browser.runtime.getURL as (path: string) => string)('/content-scripts/gmail.css');
  css ??= fetch(url)
    .then((r) => r.text())
    .then((text) => `:host{all:initial !important;}\n${text.replaceAll(':root', ':host')}`)
    .catch(() => '');
  return css;
}

export interface ShadowMount {
  /** A custom element name (two words): echeance-card, echeance-remind. */
  name: string;
  anchor: Element;
  /** `before` or `after` the anchor, or as its `last` child. */
  append: 'before' | 'after' | 'last';
  onMount: (container: HTMLElement, host: HTMLElement) => void;
  onRemove?: (container: HTMLElement) => void;
}

export async function mountShadow(ctx: ContentScriptContext, options: ShadowMount): Promise<void> {
  const text = await loadCss();
  const doc = options.anchor.ownerDocument;
  const host = doc.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'open' });
  const html = doc.createElement('html');
  const head = doc.createElement('head');
  const body = doc.createElement('body');
  const style = doc.createElement('style');
  style.textContent = text;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of ['keydown', 'keyup', 'keypress'])
    body.addEventListener(type, (e) => e.stopPropagation());
  if (options.append === 'before') options.anchor.before(host);
  else if (options.append === 'after') options.anchor.after(host);
  else options.anchor.append(host);
  options.onMount(body, host);
  ctx.onInvalidated(() => {
    options.onRemove?.(body);
    host.remove();
  });
}
