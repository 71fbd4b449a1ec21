/**
 * The card's « Relancer » in the thread's toolbar, and the card's « Autoriser… » for Gmail's
 * attachment host (which only an extension page can ask for: the background opens it).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { gmailT } from '../../../components/gmail/strings';
import { sendFromContent } from '../../../core/platform/content';
import { findToolbar } from '../../../core/sites/gmail/anchors';
import { mountShadow } from '../shadow';

const BUTTON = 'echeance-remind';
const buttonPending = new WeakSet<Element>();

export function removeButton(doc: Document): void {
  doc.querySelector(BUTTON)?.remove();
}

export function askGrant() {
  void sendFromContent('gmail/attachment-access', {});
}

export function mountButton(
  ctx: ContentScriptContext,
  doc: Document,
  t: ReturnType<typeof gmailT>,
  remind: () => void,
) {
  const toolbar = findToolbar(doc);
  if (!toolbar || toolbar.querySelector(BUTTON) || buttonPending.has(toolbar)) return;
  buttonPending.add(toolbar);
  mountShadow(ctx, {
    name: BUTTON,
    anchor: toolbar,
    append: 'last',
    onMount: (container) => {
      render(
        <button
          type="button"
          class="remind"
          data-testid="echeance-remind"
          onClick={(e) => e.isTrusted && remind()}
        >
          {t('gmail.remind')}
        </button>,
        container,
      );
    },
    onRemove: (container) => {
      if (container) render(null, container);
    },
  }).finally(() => buttonPending.delete(toolbar));
}
