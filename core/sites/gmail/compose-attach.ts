/**
 * Attaches a file to a Gmail compose the way a user drags one in: Gmail has no API for it, but
 * its compose takes dropped files. As InboxSDK does (gmail-compose-view.ts `#attachFiles`,
 * 2026-07): drag over the compose so Gmail shows its drop zones, drop on the attachment zone
 * (`body > .aC7.aWP`; `.aC7` without `aWP` is the inline-image zone; ISDK picks the one over
 * its compose, we take the visible one: Échéance attaches in the compose it has just written),
 * then end the drag. InboxSDK relays the events through the page; a real DataTransfer
 * holding a File needs no relay: the page's listeners read it as from a user's drag.
 */
import { isVisible } from './reply-control';

/** Gmail's attachment drop zone, shown during a drag (ISDK gmail-compose-view.ts `#findDropzoneForThisCompose`) [2026-07]. */
const ATTACH_ZONE = 'body > .aC7.aWP';

export interface AttachEnv {
  setTimeout: (fn: () => void, ms: number) => unknown;
}

/** Gmail shows its drop zones shortly after the drag enters: looked for every 150 ms, 20 times. */
const dragEvent = (type: string, data: DataTransfer) =>
  new DragEvent(type, { bubbles: true, dataTransfer: data });

/** The visible attachment drop zone (one compose is open in the tab Échéance opened). */
export function findDropZone(doc: Document): Element | null {
  return Array.from(doc.querySelectorAll(ATTACH_ZONE)).find((z) => isVisible(z)) ?? null;
}

/**
 * Drops `file` into the compose as an attachment, on Gmail's attachment zone; false when no zone
 * showed (Gmail's markup changed: nothing is dropped where it could land inline in the text).
 */
export async function dropAttachment(
  doc: Document,
  compose: Element,
  file: File,
  env: AttachEnv,
): Promise<boolean> {
  const data = new DataTransfer();
  data.items.add(file);
  compose.dispatchEvent(dragEvent('dragenter', data));
  let zone: Element | null = null;
  for (let i = 0; i < 20 && !zone; i++) {
    compose.dispatchEvent(dragEvent('dragover', data));
    await new Promise((ok) => env.setTimeout(() => ok(0), 150));
    zone = findDropZone(doc);
  }
  zone?.dispatchEvent(dragEvent('drop', data));
  compose.dispatchEvent(dragEvent('dragend', data));
  return zone !== null;
}

/** A File from the base64 the background keeps (core/model StoredFile). */
export function fileFromBase64(name: string, mime: string, base64: string): File {
  return new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type: mime });
}
