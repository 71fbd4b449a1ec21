import { describe, expect, it } from 'vitest';
import { composeUrl, gmailThreadUrl, mailtoUrl } from '../../core/compose';

const draft = {
  to: ['compta@acme.test'],
  subject: 'Facture F-1 — relance',
  body: 'Bonjour,\nMontant : 1 500,00 €',
};

describe('mailbox targets', () => {
  it('writes a Gmail compose URL with the draft', () => {
    const url = new URL(composeUrl('gmail', draft, 1));
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      view: 'cm',
      fs: '1',
      to: 'compta@acme.test',
      su: 'Facture F-1 — relance',
      body: 'Bonjour,\nMontant : 1 500,00 €',
    });
  });
  it('writes an Outlook on the web deep link', () => {
    const url = new URL(composeUrl('outlook', draft));
    expect(url.host).toBe('outlook.office.com');
    expect(url.searchParams.get('subject')).toBe('Facture F-1 — relance');
  });
  it('writes a mailto: link with CRLF line breaks and %20 spaces', () => {
    const url = mailtoUrl(draft);
    expect(url.startsWith('mailto:compta@acme.test?subject=Facture%20F-1')).toBe(true);
    expect(decodeURIComponent(url.split('body=')[1]!)).toBe('Bonjour,\r\nMontant : 1 500,00 €');
  });
  it('points to a Gmail thread', () => {
    expect(gmailThreadUrl('18c2f0a1b2c3d4e5')).toBe('https://mail.google.com/mail/u/0/#all/18c2f0a1b2c3d4e5');
  });
});
