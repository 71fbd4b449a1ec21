// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findListRow, findRowSubjectAnchor, parseListRows } from '../../../../core/sites/gmail/parse-list';
import { loadSim, thread } from './load-sim';

describe('parseListRows on the simulator', () => {
  for (const hl of ['fr', 'en']) {
    it(`lists the threads the user sent with their recipients (${hl})`, () => {
      loadSim(`?hl=${hl}`, '#sent');
      const rows = parseListRows(document);
      expect(rows.map((r) => r.subject)).toContain('Facture F-2026-001');
      const acme = rows.find((r) => r.threadId === thread('facture-pdf').id);
      expect(acme?.people).toEqual([{ email: 'compta@acme.test', name: 'Acme SAS' }]);
      expect(acme?.permThreadId).toBe('thread-f:1790000000000000001');
      expect(acme?.dateTitle).toBe(hl === 'fr' ? 'ven. 13 févr. 2026, 10:00' : 'Fri, Feb 13, 2026, 10:00 AM');
      expect(rows.map((r) => r.rowIndex)).toEqual(rows.map((_, i) => i));
      expect(rows.some((r) => r.subject === 'Déjeuner jeudi ?')).toBe(false);
    });
  }

  it('lists the inbox with senders', () => {
    loadSim('', '#inbox');
    const lunch = parseListRows(document).find((r) => r.subject === 'Déjeuner jeudi ?');
    expect(lunch?.people.map((p) => p.email)).toEqual(['sophie.bernard@gmail.com', 'me@freelance.test']);
  });

  it('finds a row again by thread id, and where its label goes', () => {
    loadSim('', '#sent');
    const row = findListRow(document, thread('invoice-en').id);
    expect(row?.textContent).toContain('Invoice INV-1042');
    expect(findRowSubjectAnchor(row as Element)?.textContent).toBe('Invoice INV-1042');
    expect(findListRow(document, 'nope')).toBeNull();
  });

  it('keeps hostile subjects as text', () => {
    loadSim('', '#sent');
    const row = parseListRows(document).find((r) => r.threadId === thread('hostile').id);
    expect(row?.subject).toContain('<script>alert("subject")</script>');
    expect(document.querySelector('[gh=tl] img, [gh=tl] script')).toBeNull();
  });

  it('returns no rows on a thread view or an unknown page', () => {
    loadSim('', `#sent/${thread('facture-pdf').token}`);
    expect(parseListRows(document)).toEqual([]);
    document.body.innerHTML = '<table><tr class="row"><td>Facture</td></tr></table>';
    expect(parseListRows(document)).toEqual([]);
  });
});
