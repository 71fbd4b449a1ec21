// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type SentRow, SentRowSchema } from '../../../../core/model/gmail-sent';
import { looksLikeInvoice, parseSentRows, shownThreadList } from '../../../../core/sites/gmail/sent-list';
import { proposeInvoices, whereaboutsOf } from '../../../../core/sites/gmail/sent-list-propose';
import { loadSim, ME, thread } from './load-sim';

const row = (over: Partial<SentRow>): SentRow => ({
  threadId: '18c1a2b3c4d5ffff',
  subject: 'Facture F-2026-100',
  people: [{ email: 'compta@client.test', name: 'Client SAS' }],
  dateTitle: 'lun. 12 janv. 2026, 10:15',
  snippet: 'Bonjour, voici la facture F-2026-100 de 900,00 € TTC.',
  messageCount: 1,
  attachments: ['Facture-F-2026-100.pdf'],
  ...over,
});

/** A row in Gmail's markup as InboxSDK's row-parser test has it (2014 layout, « moi (3) » in text). */
function isdkRow(people: string, subject: string, snippet: string): string {
  return `<div gh="tl"><table><tbody><tr class="zA yO" role="row" id=":46"><td class="yX xY"><div class="yW">${people}</div></td><td class="xY a4W"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span data-thread-id="#thread-f:1" data-legacy-thread-id="18c1a2b3c4d5aaaa">${subject}</span></span><span class="y2">&nbsp;-&nbsp;${snippet}</span></div></div></div></td><td class="xW xY"><span title="mer. 18 févr. 2026, 09:00">18 févr.</span></td></tr></tbody></table></div>`;
}

describe('parseSentRows on the simulator', () => {
  for (const hl of ['fr', 'en']) {
    it(`reads subject, snippet, count and attachment chips of each Sent row (${hl})`, () => {
      loadSim(`?hl=${hl}&ui=2026`, '#sent');
      const rows = parseSentRows(document);
      for (const r of rows) expect(SentRowSchema.parse(r)).toEqual(r);
      const acme = rows.find((r) => r.threadId === thread('facture-pdf').id);
      expect(acme?.snippet).toMatch(/^Bonjour Marie, Veuillez trouver ci-joint la facture F-2026-001/);
      expect(acme?.messageCount).toBe(1);
      expect(acme?.attachments).toEqual(['Facture-F-2026-001.pdf']);
      expect(rows.find((r) => r.threadId === thread('long-50').id)?.messageCount).toBe(50);
      expect(rows.find((r) => r.threadId === thread('facture-corps').id)?.attachments).toEqual([]);
    });
  }

  it('reads « moi (3) » from the people line when there is no count element', () => {
    document.body.innerHTML = isdkRow(
      '<span class="yP" email="me@freelance.test" name="moi">moi</span> (3)',
      'Facture F-2026-010',
      'Je me permets de revenir vers vous au sujet de la facture F-2026-010 (640,00 €).',
    );
    const [read] = parseSentRows(document);
    expect(read?.messageCount).toBe(3);
    expect(read?.snippet).toBe(
      'Je me permets de revenir vers vous au sujet de la facture F-2026-010 (640,00 €).',
    );
  });

  it('reads the list on screen only: Gmail keeps other views’ lists, hidden', () => {
    loadSim('?ui=2026', '#sent');
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    hidden.innerHTML = isdkRow(
      '<span class="yP" email="factures@free-mobile.test" name="Free Mobile">Free Mobile</span>',
      'Votre facture F-99',
      'Montant 19,99 €',
    );
    document.querySelector('[role=main]')?.prepend(hidden);
    const rows = parseSentRows(document);
    expect(rows.map((r) => r.threadId)).not.toContain('18c1a2b3c4d5aaaa');
    expect(rows.length).toBeGreaterThan(5);
    expect(shownThreadList(document)?.closest('[style*="none"]')).toBeNull();
  });

  it('keeps hostile subjects and chip names as text', () => {
    loadSim('?ui=2026', '#sent');
    const hostile = parseSentRows(document).find((r) => r.threadId === thread('hostile').id);
    expect(hostile?.subject).toContain('<script>alert("subject")</script>');
    expect(hostile?.attachments).toEqual(['<img src=x onerror=alert(3)>.pdf']);
    expect(document.querySelector('[gh=tl] img, [gh=tl] script')).toBeNull();
  });

  it('reads nothing on a thread or an unknown page', () => {
    loadSim('?ui=2026', `#sent/${thread('facture-pdf').token}`);
    expect(parseSentRows(document)).toEqual([]);
    document.body.innerHTML = '<table><tr><td>Facture F-1 1 200 €</td></tr></table>';
    expect(parseSentRows(document)).toEqual([]);
  });
});

describe('looksLikeInvoice', () => {
  it('takes a named invoice with a number, a PDF or an amount', () => {
    expect(looksLikeInvoice(row({}), ME, true)).toBe(true);
    expect(
      looksLikeInvoice(
        row({ subject: 'Mission de janvier', attachments: ['facture-janvier.pdf'] }),
        ME,
        true,
      ),
    ).toBe(true);
    expect(
      looksLikeInvoice(
        row({ subject: 'Invoice', attachments: [], snippet: 'Amount due: £300.00' }),
        ME,
        true,
      ),
    ).toBe(true);
  });

  it('leaves out what is not an invoice to chase', () => {
    expect(
      looksLikeInvoice(row({ subject: 'Compte rendu', attachments: ['compte-rendu.pdf'] }), ME, true),
    ).toBe(false);
    expect(looksLikeInvoice(row({ subject: 'Devis et facture d’acompte', attachments: [] }), ME, true)).toBe(
      false,
    );
    expect(looksLikeInvoice(row({ subject: 'Avoir sur facture F-12' }), ME, true)).toBe(false);
    expect(looksLikeInvoice(row({ subject: 'Votre facture Free Mobile de février' }), ME, true)).toBe(false);
    expect(
      looksLikeInvoice(row({ subject: 'Facture', attachments: [], snippet: 'la voici bientôt' }), ME, true),
    ).toBe(false);
  });

  it('in a search, only threads the user wrote in', () => {
    const received = row({ people: [{ email: 'factures@free-mobile.test', name: 'Free Mobile' }] });
    expect(looksLikeInvoice(received, ME, false)).toBe(false);
    expect(looksLikeInvoice(row({ people: [{ email: ME, name: 'moi' }] }), ME, false)).toBe(true);
  });
});

describe('proposeInvoices on the simulator’s Sent list', () => {
  const proposals = () => {
    loadSim('?ui=2026', '#sent');
    return proposeInvoices({ rows: parseSentRows(document), me: ME, sentList: true });
  };

  it('proposes the invoices, not the report, nor the invoice the client says is paid', () => {
    const ids = proposals().map((p) => p.threadId);
    for (const key of ['facture-pdf', 'facture-corps', 'invoice-en', 'facture-relancee', 'facture-repondue'])
      expect(ids).toContain(thread(key).id);
    expect(ids).not.toContain(thread('compte-rendu').id);
    expect(ids).not.toContain(thread('virement-effectue').id);
  });

  it('proposes what the row shows and nothing more', () => {
    const byKey = (key: string) => proposals().find((p) => p.threadId === thread(key).id);
    expect(byKey('facture-pdf')).toMatchObject({
      number: 'F-2026-001',
      clientName: 'Acme SAS',
      clientEmail: 'compta@acme.test',
      contactFirstName: 'Marie',
      issueDate: '2026-02-13',
      totalCents: 150_000,
      currency: 'EUR',
      // Not in the snippet's 120 characters: the legal default, said to be a guess.
      dueDate: '2026-03-15',
      dueGuessed: true,
      pdfName: 'Facture-F-2026-001.pdf',
      whereabouts: { reached: 'nothing', on: null, source: 'gmail-thread' },
    });
    expect(byKey('invoice-en')).toMatchObject({
      number: 'INV-1042',
      totalCents: 125_000,
      currency: 'GBP',
      dueDate: '2026-03-31',
      dueGuessed: false,
      language: 'en',
    });
    // The client's reply is the snippet: no amount shown, so none proposed; no invoice date.
    // The client's « Bonjour Camille » greets the user, not the client.
    expect(byKey('facture-repondue')?.contactFirstName).toBeNull();
    expect(byKey('facture-repondue')).toMatchObject({
      number: 'F-2026-007',
      totalCents: null,
      issueDate: null,
      dueDate: null,
    });
  });

  it('pre-fills « Où en êtes-vous ? » with the user’s own reminder, on its day', () => {
    const reminded = proposals().find((p) => p.threadId === thread('facture-relancee').id);
    expect(reminded).toMatchObject({
      number: 'F-2026-008',
      totalCents: 180_000,
      messageCount: 2,
      contactFirstName: 'Inès',
      whereabouts: { reached: 'email', on: '2026-02-18', source: 'gmail-thread' },
    });
  });
});

describe('whereaboutsOf', () => {
  const on = '2026-02-18';
  it('a single message: nothing sent since', () => {
    expect(whereaboutsOf(row({ snippet: 'Relance : la facture' }), ME, on).reached).toBe('nothing');
  });
  it('a later message worded as a reminder or a formal notice', () => {
    expect(
      whereaboutsOf(row({ messageCount: 3, snippet: 'Sauf erreur de ma part, elle reste impayée.' }), ME, on),
    ).toEqual({
      reached: 'email',
      on,
      source: 'gmail-thread',
    });
    expect(
      whereaboutsOf(row({ messageCount: 2, snippet: 'Just a reminder: invoice INV-3 is overdue.' }), ME, on)
        .reached,
    ).toBe('email');
    expect(
      whereaboutsOf(row({ messageCount: 4, snippet: 'Objet : mise en demeure de payer' }), ME, on).reached,
    ).toBe('formal_notice');
  });
  it('« moi (3) » in a search: every later message is the user’s', () => {
    const mine = row({
      messageCount: 3,
      people: [{ email: ME, name: 'moi' }],
      snippet: 'Bonjour Paul, un petit mot.',
    });
    expect(whereaboutsOf(mine, ME, on).reached).toBe('email');
    const replied = row({ messageCount: 2, snippet: 'Bien reçu, merci.' });
    expect(whereaboutsOf(replied, ME, on).reached).toBe('nothing');
  });
});
