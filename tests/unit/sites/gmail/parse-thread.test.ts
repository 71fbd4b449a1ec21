// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSubjectAnchor, findToolbar, readAccountEmail } from '../../../../core/sites/gmail/anchors';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import { openThread } from './load-sim';

describe('parseThread on the simulator', () => {
  for (const hl of ['fr', 'en']) {
    for (const layout of ['a98', 'bs'] as const) {
      it(`reads the sent invoice with its PDF (${hl}, ${layout})`, () => {
        const data = openThread('facture-pdf', `?hl=${hl}&layout=${layout}`);
        const parsed = parseThread(document);
        expect(parsed).not.toBeNull();
        expect(parsed?.layout).toBe(layout);
        expect(parsed?.threadId).toBe(data.id);
        expect(parsed?.permThreadId).toBe('thread-f:1790000000000000001');
        expect(parsed?.subject).toBe('Facture F-2026-001');
        const [m] = parsed?.messages ?? [];
        expect(m?.messageId).toBe('18c1a2b3c4d5e6f1');
        expect(m?.from).toEqual({ email: 'me@freelance.test', name: 'Camille Martin' });
        expect(m?.to).toEqual([{ email: 'compta@acme.test', name: 'Acme SAS' }]);
        expect(m?.date).toBe('2026-02-13');
        expect(m?.dateTitle).toBe(hl === 'fr' ? 'ven. 13 févr. 2026, 10:00' : 'Fri, Feb 13, 2026, 10:00 AM');
        expect(m?.bodyText).toContain('Bonjour Marie,\n\nVeuillez trouver ci-joint la facture F-2026-001');
        expect(m?.bodyText).toContain('1 500,00 € TTC');
        expect(m?.attachments).toEqual([
          {
            name: 'Facture-F-2026-001.pdf',
            mime: 'application/pdf',
            url: expect.stringMatching(
              /^https:\/\/mail\.google\.com\/mail\/u\/0\/\?ui=2&.*attid=0\.1.*view=att/,
            ),
          },
        ]);
      });
    }
  }

  it('keeps a quoted message out of the reply it is quoted in', () => {
    openThread('virement-effectue');
    const last = parseThread(document)?.messages.at(-1);
    expect(last?.bodyText).toBe('Bonjour, le virement a été effectué ce matin.\n\nBonne journée,\nPaul');
    expect(last?.quotedText).toContain('reste impayée');
    expect(last?.from.email).toBe('paul.leroy@studionuage.fr');
  });

  it('reads only the messages Gmail shows of a 50-message thread: the first and the last three', () => {
    openThread('long-50');
    const parsed = parseThread(document);
    expect(parsed?.messages).toHaveLength(4);
    expect(parsed?.messages[0]?.bodyText).toContain('F-2026-004');
    expect(parsed?.messages[0]?.attachments[0]?.name).toBe('Facture_F-2026-004.pdf');
  });

  it('reads all 50 once expanded', () => {
    openThread('long-50', '?expand=all');
    expect(parseThread(document)?.messages).toHaveLength(50);
  });

  it('keeps hostile markup as text and adds no element', () => {
    openThread('hostile');
    expect(document.querySelector('img[src=x], script, svg')).toBeNull();
    const parsed = parseThread(document);
    expect(parsed?.subject).toBe(
      'Facture <img src=x onerror=alert(1)> F-2026-666 <script>alert("subject")</script>',
    );
    expect(parsed?.messages[0]?.to[0]?.name).toBe('<img src=x onerror=alert(1)> SAS');
    expect(parsed?.messages[0]?.bodyText).toContain('<script>alert("body")</script>');
    expect(parsed?.messages[0]?.attachments[0]?.name).toBe('<img src=x onerror=alert(3)>.pdf');
    expect(parsed?.messages[1]?.from.name).toBe('<script>alert("name")</script>');
  });

  it('finds where to mount the card and the button', () => {
    openThread('facture-pdf', '?layout=bs');
    expect(findSubjectAnchor(document)?.getAttribute('data-legacy-thread-id')).toBe('18c1a2b3c4d5e6f1');
    expect(findToolbar(document)?.getAttribute('gh')).toBe('mtb');
    expect(readAccountEmail(document)).toBe('me@freelance.test');
  });
});

describe('parseThread stays silent on what it does not know', () => {
  it('returns null on a list view', () => {
    openThread('facture-pdf');
    location.hash = '#sent';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(document.querySelector('[gh=tl]')).not.toBeNull();
    expect(parseThread(document)).toBeNull();
  });

  it('returns null on a page whose markup changed', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { FIXTURES } = await import('./load-sim');
    document.documentElement.innerHTML = readFileSync(join(FIXTURES, 'unknown.html'), 'utf8');
    expect(parseThread(document)).toBeNull();
    expect(findToolbar(document)).toBeNull();
  });

  it('returns null, without throwing, when landmarks are half there', () => {
    const cases = [
      '<div role="main"><div class="a98 iY"></div></div>',
      '<div class="a98 iY"><h2 class="hP">No id</h2><div class="adn ads" data-message-id="#msg-f:1"></div></div>',
      '<div class="a98 iY"><h2 class="hP" data-legacy-thread-id="abc">S</h2><div class="adn ads" data-legacy-message-id="1"></div></div>',
      '<table class="Bs"><tr><td><h2 data-legacy-thread-id="x">S</h2></td></tr></table>',
    ];
    for (const html of cases) {
      document.body.innerHTML = html;
      expect(() => parseThread(document)).not.toThrow();
      expect(parseThread(document)).toBeNull();
    }
  });
});
