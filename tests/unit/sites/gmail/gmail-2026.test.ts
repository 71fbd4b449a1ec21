// @vitest-environment happy-dom
/**
 * The parsers against late-2026 Gmail (tests/fixtures/gmail with ui=2026); the
 * other files of this folder run them against the older markup (ui=2025).
 */
import { describe, expect, it } from 'vitest';
import { extractPaymentFields } from '../../../../core/extract/text';
import { readAccountEmail } from '../../../../core/sites/gmail/anchors';
import {
  fillCompose,
  findMenuReply,
  findMoreOptions,
  findReplyControl,
  listComposes,
  readComposeThreadId,
  readDraftId,
  waitForCompose,
  waitForEditor,
} from '../../../../core/sites/gmail/compose';
import { detectInvoice } from '../../../../core/sites/gmail/detect';
import { findListRow, parseListRows } from '../../../../core/sites/gmail/parse-list';
import { parseRoute } from '../../../../core/sites/gmail/parse-route';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import { countSent, sendFingerprint, showsReminder } from '../../../../core/sites/gmail/sent-message';
import { loadSim, ME, openThread, sim, sleep } from './load-sim';

const Y2026 = '?ui=2026&step=20&bar=30&delay=10';
const visible = (el: Element) =>
  !el.closest('table.sim-spare') && !(el as HTMLElement).closest('[style*="none"]');

describe('late-2026 Gmail', () => {
  for (const hl of ['fr', 'en']) {
    it(`reads a collapsed invoice from its header: sender, date, snippet, no body or attachment (${hl})`, () => {
      openThread('facture-repondue', `${Y2026}&hl=${hl}`);
      const thread = parseThread(document);
      expect(thread?.permThreadId).toBeNull(); // data-thread-perm-id="undefined"
      expect(thread?.messages.map((m) => [m.from.email, Boolean(m.collapsed)])).toEqual([
        [ME, true],
        ['helene.roux@orion.test', false],
      ]);
      const invoice = thread?.messages[0];
      expect(invoice?.attachments).toEqual([]);
      expect(invoice?.bodyText).toContain('F-2026-007 de 2 150,00 € TTC');
      expect(invoice?.date).toBe('2026-02-16');
      const found = thread && detectInvoice(thread, ME, extractPaymentFields);
      expect(found).toMatchObject({ number: 'F-2026-007', totalCents: 215_000, dueDate: '2026-03-18' });
      // No recipients on a collapsed header: the thread's other people stand for them.
      expect(found?.clientEmail).toBe('helene.roux@orion.test');
    });
  }

  it('reads the expanded invoice once the user opens it', async () => {
    openThread('facture-repondue', Y2026);
    (document.querySelector('.adf.ads') as HTMLElement).click();
    const found = detectInvoice(parseThread(document)!, ME, extractPaymentFields);
    expect(found?.clientEmail).toBe('compta@orion.test');
    expect(found?.pdfAttachment?.name).toBe('Facture-F-2026-007.pdf');
  });

  it('reads the account from the title’s right part, not from an address in the subject', () => {
    openThread('facture-repondue', Y2026);
    expect(document.title).toContain('compta@orion.test');
    expect(readAccountEmail(document)).toBe(ME);
  });

  it('finds Reply (header .DILLkc, then the late bar’s first control), never Forward', async () => {
    openThread('facture-repondue', Y2026);
    expect(findReplyControl(document, visible)?.className).toBe('DILLkc');
    await sleep(200);
    // The bar came late, with a hidden copy in a table after it.
    expect(document.querySelectorAll('.amn')).toHaveLength(2);
    const control = findReplyControl(document, visible);
    expect(control?.classList.contains('bkH')).toBe(true);
    expect(control?.closest('table')).toBeNull();
    // Reply and Reply all gone: Forward alone is never taken.
    for (const el of document.querySelectorAll('.bkH, .bkI, .DILLkc')) el.remove();
    expect(findReplyControl(document, visible)).toBeNull();
  });

  it('opens Reply from « Plus d’options » (li[data-action-type="94"])', async () => {
    openThread('facture-repondue', Y2026);
    (findMoreOptions(document, visible) as HTMLElement).click();
    await sleep(80);
    const item = findMenuReply(document) as HTMLElement;
    expect(item.getAttribute('data-action-type')).toBe('94');
    const before = listComposes(document);
    item.click();
    const compose = await waitForCompose(document, MutationObserver, 2000, { known: before });
    expect(compose?.getAttribute('data-compose-kind')).toBe('reply');
  });

  it('writes the body once the editor is built, keeps the signature, reads lts first', async () => {
    const t = openThread('facture-repondue', Y2026);
    const before = listComposes(document);
    (findReplyControl(document, visible) as HTMLElement).click();
    const compose = (await waitForCompose(document, MutationObserver, 2000, { known: before })) as Element;
    // The node comes before its editor and signature: wait for Gmail to finish building it.
    const editor = await waitForEditor(compose, MutationObserver, { quietMs: 60, timeoutMs: 2000 });
    expect(editor?.querySelector('.gmail_signature')).not.toBeNull();
    expect((compose.querySelector('input[name=rt]') as HTMLInputElement).value).toBe(`#${t.permId}`);
    expect(readComposeThreadId(compose)).toBe(t.id);
    const written = fillCompose(compose, { body: 'Bonjour Hélène,\n\nLa facture F-2026-007 reste due.' });
    expect(written.body).toBe(true);
    expect(compose.querySelector('.gmail_signature_prefix')?.textContent).toBe('-- ');
    expect(readDraftId(compose)).toMatch(/^r\d+$/);
  });

  it('recognises the sent reminder in the thread only after the Undo period', async () => {
    openThread('facture-repondue', `${Y2026}&undo=5`);
    const body = 'Bonjour Hélène,\n\nLa facture F-2026-007 reste due.';
    const fp = sendFingerprint(body);
    expect(countSent(parseThread(document)!, ME, fp)).toBe(0);
    sim().GmailSim?.receive('facture-repondue', { from: { email: ME, name: 'Camille Martin' }, body });
    await sleep(10);
    expect(countSent(parseThread(document)!, ME, fp)).toBe(1);
  });

  it('says when the editor refused the text (refuse=1): nothing written, the signature kept', async () => {
    openThread('facture-repondue', `${Y2026}&refuse=1`);
    const before = listComposes(document);
    (findReplyControl(document, visible) as HTMLElement).click();
    const compose = (await waitForCompose(document, MutationObserver, 2000, { known: before })) as Element;
    await waitForEditor(compose, MutationObserver, { quietMs: 60, timeoutMs: 2000 });
    const written = fillCompose(compose, { body: 'Bonjour Hélène,\n\nLa facture F-2026-007 reste due.' });
    expect(written.body).toBe(false);
    expect(compose.querySelector('[g_editable]')?.textContent).not.toContain('F-2026-007');
    expect(compose.querySelector('.gmail_signature')).not.toBeNull();
  });

  it('recognises a reminder sent as a new message in its Sent row (subject and snippet)', () => {
    const data = loadSim(Y2026, '#sent');
    const thread = data.threads.find((t) => t.key === 'facture-pdf')!;
    const row = findListRow(document, thread.id);
    const body = thread.messages[thread.messages.length - 1]!.body;
    expect(showsReminder(row?.textContent ?? '', sendFingerprint(body))).toBe(true);
    expect(showsReminder(row?.textContent ?? '', sendFingerprint('Bonjour, une autre relance.'))).toBe(false);
    expect(showsReminder(row?.textContent ?? '', '')).toBe(false);
  });

  it('reads the Sent list and a label list', () => {
    loadSim(Y2026, '#sent');
    expect(parseListRows(document).map((r) => r.threadId)).toContain('18c1a2b3c4d5e6fa');
    loadSim(Y2026, '#label/Clients');
    expect(parseListRows(document).map((r) => [r.threadId, r.people.map((p) => p.email)])).toEqual([
      ['18c1a2b3c4d5e6fa', [ME, 'helene.roux@orion.test']],
    ]);
  });

  it('recognises a thread opened from any view', () => {
    const id = 'FMfcgzQbgJQhFoUdArVyBbNgLvItPfCj';
    for (const hash of [
      `#sent/p2/${id}`,
      `#label/Clients/${id}`,
      `#search/orion/${id}`,
      `#category/updates/${id}`,
    ])
      expect(parseRoute(hash), hash).toEqual(expect.objectContaining({ kind: 'thread', threadHash: id }));
    expect(parseRoute('#sent/p2').kind).toBe('thread-list');
    expect(parseRoute('#settings/general').kind).toBe('other');
  });
});
