import { describe, expect, it } from 'vitest';
import { SettingsSchema } from '../../../core/model';
import { renderReminder } from '../../../core/templates';
import { aClient, anInvoice, on } from '../dunning/builders';

const settings = SettingsSchema.parse({ identity: { name: 'Paul Martin' } });
const mentions = { dueDate: true, penaltyRate: true, recoveryIndemnity: true };

function render(kind: 'pro' | 'public', currency: string, withNotice = false) {
  const client = aClient({ kind, contactFirstName: null });
  const invoice = anInvoice({ id: 'x', number: 'F-9', currency, dueDate: '2026-04-01', mentions });
  const events = withNotice ? [on('2026-04-20', { type: 'formal_notice_sent' }, 'x')] : [];
  return renderReminder({
    lang: 'fr',
    addressing: 'vous',
    action: 'email',
    tone: 'firm',
    client,
    invoices: [{ invoice, events }],
    settings,
    now: '2026-05-15',
    claimsPenalties: true,
  }).body;
}

describe('reminder e-mails and the law of the debtor', () => {
  it('a USD invoice: the 40 € stays in euros and apart from the dollar total', () => {
    const body = render('pro', 'USD');
    expect(body).toContain('40,00\u00a0€');
    expect(body).toContain('en euros, à régler en plus');
    expect(body).not.toMatch(/40,00\u00a0\$US/);
  });

  it('a public body: the public-procurement code, not L441-10', () => {
    const body = render('public', 'EUR');
    expect(body).toContain('Code de la commande publique');
    expect(body).not.toContain('L441-10');
  });

  it('a formal notice in the history is a « démarche », not a « relance »', () => {
    expect(render('pro', 'EUR', true)).toContain('Ma démarche (mise en demeure du 20/04/2026)');
  });
});
