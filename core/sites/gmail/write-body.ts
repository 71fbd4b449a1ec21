/**
 * Types text into Gmail's editor as the user would: focus, caret on the first empty line, then
 * the owner document's `execCommand('insertText')` line by line (`insertParagraph` between lines), which
 * gives Gmail trusted `beforeinput`/`input` events and a normal undo stack (gmail-dom.md §2,
 * BR editor-contenteditable.js). Text only, never markup. `fallback` runs where the document
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
