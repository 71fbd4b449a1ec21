import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SiteCard, type TrackAnswer } from '../../components/import/SiteCard';
import type { ImportItemInput } from '../../core/model';
import { sendFromContent } from '../../core/platform/content';
import { readInvoicePage } from '../../core/sites/invoice-page';

const CARD = 'echeance-site-card';
/** Portals render late (Livewire, Vue): a few tries, then silence. */
const TRIES = [0, 500, 1500, 4000];

export function mountSiteCard(ctx: ContentScriptContext, doc: Document, css: string): void {
  let mounted = false;
  for (const delay of TRIES) {
    ctx.setTimeout(() => {
      if (mounted || ctx.isInvalid || doc.querySelector(CARD)) return;
      const invoice = readInvoicePage(new URL(doc.location.href), doc);
      if (!invoice) return;
      mounted = true;
      void show(ctx, doc, css, invoice);
    }, delay);
  }
}

async function show(
  ctx: ContentScriptContext,
  doc: Document,
  css: string,
  invoice: NonNullable<ReturnType<typeof readInvoicePage>>,
) {
  const lang = (doc.documentElement.lang || navigator.language).toLowerCase().startsWith('fr') ? 'fr' : 'en';
  const url = doc.location.href;
  const onTrack = async (item: ImportItemInput): Promise<TrackAnswer> => {
    const answer = await sendFromContent('invoices/import', { items: [item], origin: { kind: 'web', url } });
    if (!answer.ok) return { ok: false, message: answer.error.issues[0]?.message ?? answer.error.message };
    return { ok: true, alreadyTracked: answer.data.imported === 0 };
  };
  const ui = await createShadowRootUi(ctx, {
    name: CARD,
    css,
    position: 'inline',
    // Keys typed in the form stay ours: the site's shortcuts do not fire.
    isolateEvents: true,
    // At the top of the page's content: every app has a body, not every app a stable header.
    anchor: doc.body,
    append: 'first',
    onMount: (container) => {
      render(<SiteCard lang={lang} url={url} invoice={invoice} onTrack={onTrack} />, container);
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
}
