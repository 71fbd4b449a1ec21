// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  fillCompose,
  findComposeButton,
  findDiscardButton,
  findOpenCompose,
  findReplyControl,
  findSendButton,
  listComposes,
  readComposeRecipients,
  readComposeThreadId,
  waitForCompose,
} from '../../../../core/sites/gmail/compose';
import { loadSim, openThread, sim, sleep } from './load-sim';

const BODY = 'Bonjour Marie,\n\nSauf erreur, la facture F-2026-001 reste impayée.\n\nCamille <b>Martin</b>';

async function openReply(query: string) {
  const data = openThread('facture-pdf', query);
  const control = findReplyControl(document) as HTMLElement;
  expect(control).not.toBeNull();
  const before = listComposes(document);
  control.click();
  // Gmail opens the compose asynchronously: it is not there yet.
  expect(findOpenCompose(document, before)).toBeNull();
  const compose = await waitForCompose(document, MutationObserver, 2000, { known: before });
  return { data, compose: compose as Element };
}

describe('replying in a thread through Gmail compose', () => {
  for (const [hl, to] of [
    ['fr', 'classic'],
    ['en', 'peoplekit'],
  ]) {
    it(`opens the reply, writes the reminder as text and sends it (${hl}, ${to} To field)`, async () => {
      const { data, compose } = await openReply(`?hl=${hl}&to=${to}&delay=30`);
      expect(readComposeThreadId(compose)).toBe(data.id);
      expect(readComposeRecipients(compose)).toEqual(['compta@acme.test']);
      const inputs: string[] = [];
      compose.addEventListener('input', (e) => inputs.push((e.target as Element).tagName));
      const written = fillCompose(compose, { subject: 'Relance : facture F-2026-001', body: BODY });
      expect(written).toEqual({ subject: true, body: true, to: false });
      expect(inputs).toEqual(['INPUT', 'DIV']);
      expect(compose.querySelector('b')).toBeNull();
      (findSendButton(compose) as HTMLElement).click();
      expect(sim().__sent).toEqual([
        expect.objectContaining({
          to: ['compta@acme.test'],
          subject: 'Relance : facture F-2026-001',
          body: BODY,
          threadId: data.id,
        }),
      ]);
      // Gmail shows the sent message in the thread, which is re-rendered.
      expect(document.querySelectorAll('div.adn').length).toBe(2);
      expect(findOpenCompose(document)).toBeNull();
    });
  }

  it('writes twice without doubling the text, and keeps the signature', async () => {
    const { compose } = await openReply('?signature=1&delay=10');
    fillCompose(compose, { body: 'Première version' });
    fillCompose(compose, { body: 'Bonjour,\nSeconde version' });
    const editable = compose.querySelector('[g_editable]') as Element;
    expect(editable.textContent).not.toContain('Première');
    expect(editable.textContent).toContain('Seconde version');
    expect(editable.lastElementChild?.className).toBe('gmail_signature');
  });

  it('discards without sending', async () => {
    const { compose } = await openReply('?delay=10');
    fillCompose(compose, { body: 'Brouillon' });
    (findDiscardButton(compose) as HTMLElement).click();
    expect(sim().__sent).toEqual([]);
    expect(sim().__discarded).toHaveLength(1);
    expect(findOpenCompose(document)).toBeNull();
    expect(findReplyControl(document)).not.toBeNull();
  });

  it('gives up after the timeout when no compose appears', async () => {
    openThread('facture-pdf', '?noreply=1');
    expect(findReplyControl(document)).toBeNull();
    expect(await waitForCompose(document, MutationObserver, 50)).toBeNull();
  });

  it('falls back to a new message addressed to the client', async () => {
    loadSim('?noreply=1&delay=10', '#inbox');
    (findComposeButton(document) as HTMLElement).click();
    const compose = (await waitForCompose(document, MutationObserver, 2000)) as Element;
    expect(readComposeThreadId(compose)).toBeNull();
    fillCompose(compose, { to: ['compta@acme.test'], subject: 'Facture F-2026-001', body: 'Bonjour' });
    (findSendButton(compose) as HTMLElement).click();
    expect(sim().__sent).toEqual([
      expect.objectContaining({
        to: ['compta@acme.test'],
        subject: 'Facture F-2026-001',
        body: 'Bonjour',
        threadId: null,
      }),
    ]);
  });

  it('opens a new message from the #inbox?compose=new hash', async () => {
    loadSim('?delay=10', '#inbox?compose=new');
    const compose = await waitForCompose(document, MutationObserver, 2000);
    expect(compose?.closest('.AD')).not.toBeNull();
  });

  it('re-creates the thread DOM on hashchange, like Gmail', async () => {
    openThread('facture-pdf');
    const first = document.querySelector('h2.hP');
    location.hash = '#sent';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    location.hash = `#sent/${first?.getAttribute('data-legacy-thread-id')}`;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await sleep(0);
    const second = document.querySelector('h2.hP');
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
  });
});

describe('findReplyControl', () => {
  it('searches the open thread only, and passes over a fallback whose matches are all hidden', () => {
    document.body.innerHTML = `
      <div class="amn"><span role="link" class="bkH" id="other-view">Répondre</span></div>
      <div class="a98 iY">
        <div class="amn" style="display:none"><span role="link" class="bkH">Répondre</span></div>
        <div role="button" data-tooltip="Répondre" id="header-icon"></div>
      </div>`;
    expect(findReplyControl(document)?.id).toBe('header-icon');
  });

  it('searches the whole page when no thread is open', () => {
    document.body.innerHTML = '<div class="amn"><span role="link" class="bkH" id="bar">Répondre</span></div>';
    expect(findReplyControl(document)?.id).toBe('bar');
  });
});
