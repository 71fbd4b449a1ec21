// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseThread } from '../../../../core/sites/gmail/parse-thread';
import { detectPaymentReply, findPaymentReply, saysPaid } from '../../../../core/sites/gmail/payment-reply';
import type { GmailMessage, GmailThread } from '../../../../core/sites/gmail/types';
import { ME, openThread, sim } from './load-sim';

const client = { email: 'paul@client.test', name: 'Paul' };
const me = { email: ME, name: 'Camille Martin' };
const message = (id: string, from: typeof me, bodyText: string): GmailMessage => ({
  messageId: id,
  from,
  to: [],
  dateTitle: null,
  date: null,
  bodyText,
  quotedText: '',
  attachments: [],
});
const threadOf = (...messages: GmailMessage[]): GmailThread => ({
  threadId: 't',
  permThreadId: null,
  subject: 'Facture F-1',
  messages,
  layout: 'a98',
});

describe('detectPaymentReply', () => {
  it('sees « le virement a été effectué ce matin » in the simulator thread, after an earlier « pas encore payée »', () => {
    openThread('virement-effectue');
    const thread = parseThread(document) as GmailThread;
    expect(findPaymentReply(thread, ME)?.messageId).toBe('18c1a2b3c4d5e7c3');
  });

  it('says nothing while the client only said it was not paid yet', () => {
    openThread('virement-effectue', '?layout=bs');
    const thread = parseThread(document) as GmailThread;
    const before = { ...thread, messages: thread.messages.slice(0, 3) };
    expect(detectPaymentReply(before, ME)).toBe(false);
  });

  it('sees a reply arriving live in the open thread', () => {
    openThread('facture-pdf');
    expect(detectPaymentReply(parseThread(document) as GmailThread, ME)).toBe(false);
    sim().GmailSim?.receive('facture-pdf', {
      from: { email: 'compta@acme.test', name: 'Acme SAS' },
      body: "Bonjour, c'est réglé !",
    });
    expect(detectPaymentReply(parseThread(document) as GmailThread, ME)).toBe(true);
  });

  it('ignores my own messages, messages before the invoice and quotes', () => {
    expect(
      detectPaymentReply(
        threadOf(message('1', me, 'Facture F-1'), message('2', me, 'Paiement effectué ?')),
        ME,
      ),
    ).toBe(false);
    expect(
      detectPaymentReply(
        threadOf(message('0', client, 'Virement effectué.'), message('1', me, 'Facture')),
        ME,
      ),
    ).toBe(false);
    const quoted = { ...message('2', client, 'Merci, bien reçu.'), quotedText: 'Le virement a été effectué' };
    expect(detectPaymentReply(threadOf(message('1', me, 'Facture'), quoted), ME)).toBe(false);
    expect(
      detectPaymentReply(
        threadOf(message('1', me, 'Facture'), message('2', client, 'Virement effectué.')),
        ME,
        '1',
      ),
    ).toBe(true);
  });
});

describe('saysPaid', () => {
  it.each([
    'Bonjour, le virement a été effectué ce matin.',
    'Virement effectué.',
    "C'est réglé, merci !",
    'c’est payé',
    'Paiement effectué hier.',
    "J'ai payé la facture.",
    'Nous avons effectué le virement ce matin',
    'Le règlement est parti hier.',
    'La facture est réglée.',
    'Payment sent.',
    'Paid.',
    'Transfer done this morning',
    "We've paid the invoice today.",
    'The invoice has been paid.',
  ])('yes: %s', (text) => expect(saysPaid(text)).toBe(true));

  it.each([
    'La facture n’est pas encore payée, elle partira avec le prochain virement groupé.',
    'Pas encore payé, désolé.',
    "Je n'ai pas encore payé.",
    'Le paiement n’a pas été effectué.',
    "Le virement n'est pas parti.",
    'Le virement sera effectué demain.',
    'Nous allons effectuer le virement.',
    'La facture doit être payée avant le 15.',
    'Le virement a-t-il été effectué ?',
    'Merci de procéder au paiement.',
    'Not paid yet.',
    "I haven't paid yet",
    'We have not paid it.',
    'It will be paid next week.',
    'Payment will be made on Friday.',
    'On déjeune jeudi ?',
  ])('no: %s', (text) => expect(saysPaid(text)).toBe(false));
});
