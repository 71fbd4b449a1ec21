/**
 * Writing into Gmail's compose: subject, To and body, as text (value, textContent, or typed
 * through `execCommand`), never as markup. Gmail saves the draft on `input` events, which we
 * dispatch. Opening and waiting for the compose is compose.ts.
 */
import { matchesKey, queryAll, queryFirst, readText } from './dom';

export interface ComposeContent {
  /** Left as Gmail wrote it ("Re: …") when absent. */
  subject?: string;
  body: string;
  /** Typed into the To field; leave absent for a reply, whose recipients Gmail sets. */
  to?: readonly string[];
}

/** Writes into the compose; says which parts were found and written. */
export function fillCompose(
  compose: Element,
  content: ComposeContent,
): { subject: boolean; body: boolean; to: boolean } {
  const written = { subject: false, body: false, to: false };
  if (content.subject !== undefined) {
    const input = queryFirst(compose, 'composeSubject');
    if (input && 'value' in input) {
      (input as HTMLInputElement).value = content.subject;
      fire(input, 'input');
      fire(input, 'change');
      written.subject = true;
    }
  }
  if (content.to && content.to.length > 0) {
    const input = queryFirst(compose, 'composeTo');
    if (input && 'value' in input) {
      (input as HTMLInputElement).value = content.to.join(', ');
      fire(input, 'input');
      fire(input, 'change');
      written.to = true;
    }
  }
  const editable = queryFirst(compose, 'composeBody');
  if (editable) {
    const kept = signatureOf(editable);
    prepareLines(editable);
    insertText(editable, content.body, () => writeBody(editable, content.body));
    // Checked afterwards: Gmail may rebuild the editor (a restored draft, the signature).
    written.body = bodyHolds(compose, content.body) && (kept === '' || signatureOf(editable) === kept);
  }
  return written;
}

/** True when the compose's editor holds `body` (its first and last lines), as text. */
export function bodyHolds(compose: Element, body: string): boolean {
  const editable = queryFirst(compose, 'composeBody');
  if (!editable) return false;
  const text = flat(readText(editable));
  const lines = body.split(/\r?\n/).map(flat).filter(Boolean);
  return (
    lines.length === 0 || (text.includes(lines[0] ?? '') && text.includes(lines[lines.length - 1] ?? ''))
  );
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function signatureOf(editable: Element): string {
  const sig = queryAll(editable, 'signature');
  return sig.map((el) => flat(el.textContent ?? '')).join(' ');
}

/**
 * What the user had above the signature and quote goes (filling twice does not write the text
 * twice); one empty line is left for the text and one between it and the signature.
 */
function prepareLines(editable: Element): void {
  const doc = editable.ownerDocument;
  const kept = Array.from(editable.children).find((child) => keepsPlace(child)) ?? null;
  for (const child of Array.from(editable.childNodes)) {
    if (kept && (child === kept || kept.compareDocumentPosition(child) & 4)) break;
    child.remove();
  }
  const line = () => {
    const div = doc.createElement('div');
    div.appendChild(doc.createElement('br'));
    return div;
  };
  editable.insertBefore(line(), kept);
  if (kept) editable.insertBefore(line(), kept);
}

/**
 * Where the editor cannot type (no `execCommand`, as in tests): one `<div>` per line in place of
 * the first empty line, as Gmail's editor writes them, and an `input` event for the draft.
 */
function writeBody(editable: Element, body: string): void {
  const doc = editable.ownerDocument;
  const first = editable.firstElementChild;
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  for (const line of lines) {
    const div = doc.createElement('div');
    if (line === '') div.appendChild(doc.createElement('br'));
    else div.textContent = line;
    editable.insertBefore(div, first);
  }
  first?.remove();
  fire(editable, 'input');
}

function keepsPlace(el: Element): boolean {
  return matchesKey(el, 'signature') || matchesKey(el, 'quote') || queryFirst(el, 'signature') !== null;
}

/**
 * Types text into Gmail's editor as the user would: focus, caret on the first empty line, then
 * the owner document's `execCommand('insertText')` line by line (`insertParagraph` between lines), which
 * gives Gmail trusted `beforeinput`/`input` events and a normal undo stack (ISDK
 * gmail-compose-view.ts:1618-1645, BR editor-contenteditable.js). Text only, never markup. `fallback` runs where the document
 * cannot type (no `execCommand`, or it refused).
 */
export function insertText(editable: Element, body: string, fallback: () => void): void {
  const doc = editable.ownerDocument;
  const line = editable.firstElementChild;
  const selection = doc.getSelection?.();
  if (typeof doc.execCommand !== 'function' || !selection || !line) {
    fallback();
    return;
  }
  (editable as HTMLElement).focus?.();
  const range = doc.createRange();
  range.setStart(line, 0);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let typed = true;
  lines.forEach((text, i) => {
    if (i > 0) typed = doc.execCommand('insertParagraph') && typed;
    if (text !== '') typed = doc.execCommand('insertText', false, text) && typed;
  });
  if (!typed) fallback();
}

function fire(el: Element, type: string): void {
  const view = el.ownerDocument.defaultView;
  const Ctor = type === 'input' && view?.InputEvent ? view.InputEvent : view?.Event;
  if (Ctor) el.dispatchEvent(new Ctor(type, { bubbles: true }));
  else {
    const event = el.ownerDocument.createEvent('Event');
    event.initEvent(type, true, false);
    el.dispatchEvent(event);
  }
}
