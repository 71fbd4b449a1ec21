/**
 * The written confirmation of a promise made on the phone: a short, warm e-mail
 * that restates the amount and the date the client gave. A promise to pay left only spoken is
 * hard to prove; one restated in writing and left uncorrected carries weight if the money
 * never comes (it also dates the exchange the next reminder cites). No penalties here: the
 * client has just agreed to pay. Our own wording, French (tu / vous) and English.
 */
import type { BrokenPromise } from '../dunning';
import { paymentLinkSentence } from './payment';
import { buildVars, phrasebookFor, type ReminderRequest, type RenderedReminder } from './render';
import type { Vars } from './types';

type PromiseConfirmationRequest = Omit<
  ReminderRequest,
  'action' | 'tone' | 'brokenPromise' | 'brokenPlan'
> & {
  /** The call's day and the date the client promised. */
  promise: BrokenPromise;
};

const many = (v: Vars) => v.count > 1;

const TEXT = {
  vous: {
    subject: (v: Vars) =>
      `Suite à notre appel : règlement ${many(v) ? 'des factures' : 'de la facture'} ${v.numbers} le ${v.promise?.promisedDate}`,
    body: (v: Vars) =>
      `Merci pour notre échange téléphonique du ${v.promise?.madeOn}. Comme convenu, je note que le règlement ${many(v) ? 'des factures' : 'de la facture'} ${v.numbers}, soit ${v.amountDue}, interviendra au plus tard le ${v.promise?.promisedDate}.`,
    change: 'Si cette date devait changer, merci de me prévenir.',
    closing: 'Bien cordialement,',
  },
  tu: {
    subject: (v: Vars) =>
      `Suite à notre appel : règlement ${many(v) ? 'des factures' : 'de la facture'} ${v.numbers} le ${v.promise?.promisedDate}`,
    body: (v: Vars) =>
      `Merci pour notre échange au téléphone du ${v.promise?.madeOn}. Comme convenu, je note que tu règles ${many(v) ? 'les factures' : 'la facture'} ${v.numbers}, soit ${v.amountDue}, au plus tard le ${v.promise?.promisedDate}.`,
    change: 'Si la date change, préviens-moi.',
    closing: 'À bientôt,',
  },
  en: {
    subject: (v: Vars) =>
      `Following our call: payment of ${many(v) ? 'invoices' : 'invoice'} ${v.numbers} by ${v.promise?.promisedDate}`,
    body: (v: Vars) =>
      `Thank you for our call on ${v.promise?.madeOn}. As agreed, I am noting that ${many(v) ? 'invoices' : 'invoice'} ${v.numbers}, for ${v.amountDue}, will be paid by ${v.promise?.promisedDate} at the latest.`,
    change: 'If that date changes, please let me know.',
    closing: 'Kind regards,',
  },
};

export function renderPromiseConfirmation(req: PromiseConfirmationRequest): RenderedReminder {
  const book = phrasebookFor(req.lang, req.addressing);
  const v = buildVars({ ...req, action: 'email', tone: 'courteous', brokenPromise: req.promise });
  const text = TEXT[req.lang === 'en' ? 'en' : req.addressing];
  const paragraphs = [
    book.greeting(v, 'plain'),
    text.body(v),
    text.change,
    [book.payment(v), paymentLinkSentence(v.paymentLink, req.lang, req.addressing)]
      .filter(Boolean)
      .join('\n'),
    [text.closing, v.signature].filter(Boolean).join('\n'),
  ];
  return { subject: text.subject(v), body: paragraphs.filter(Boolean).join('\n\n') };
}
