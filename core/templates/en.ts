/** Reminder texts in English. Our own wording. */
import { countOf } from '../i18n/plural';
import type { Phrasebook, Vars } from './types';
import { listOf } from './types';

const many = (v: Vars) => v.count > 1;
const ref = (v: Vars) => (many(v) ? `invoices ${v.numbers}` : `invoice ${v.numbers}`);
const Ref = (v: Vars) => (many(v) ? `Invoices ${v.numbers}` : `Invoice ${v.numbers}`);
const is = (v: Vars) => (many(v) ? 'are' : 'is');
/** Several invoices: the figures are those of the oldest, hence "up to". */
const late = (v: Vars) => `${many(v) ? 'up to ' : ''}${v.daysLateText}`;
/** " on 3 Apr 2026" for one invoice; nothing for several (each line gives its own date). */
const onDue = (v: Vars, preposition = 'on') => (many(v) ? '' : ` ${preposition} ${v.dueDate}`);

const CHANNEL_EN = {
  email: 'email',
  phone: 'call',
  letter: 'letter',
  registered_letter: 'registered letter',
  formal_notice: 'formal notice',
  court_filing: 'court filing',
} as const;

export const en: Phrasebook = {
  subject: {
    email: {
      courteous: (v) => `Friendly reminder: ${ref(v)}`,
      firm: (v) => `Reminder: ${ref(v)} awaiting payment`,
      insistent: (v) => `Urgent: ${ref(v)} still unpaid`,
      formal: (v) => `Final reminder before formal notice: ${ref(v)}`,
    },
    phone: {
      courteous: (v) => `Reminder call to ${v.clientName}: ${ref(v)}`,
      firm: (v) => `Follow-up call to ${v.clientName}: ${ref(v)}`,
      insistent: (v) => `Urgent follow-up call to ${v.clientName}: ${ref(v)}`,
      formal: (v) => `Last call before formal notice, ${v.clientName}: ${ref(v)}`,
    },
    letter: {
      courteous: (v) => `Payment reminder: ${ref(v)}`,
      firm: (v) => `Second payment reminder: ${ref(v)}`,
      insistent: (v) => `Payment overdue by ${late(v)}: ${ref(v)}`,
      formal: (v) => `Final reminder before formal notice: ${ref(v)}`,
    },
    registered_letter: {
      courteous: (v) => `Registered letter: payment reminder, ${ref(v)}`,
      firm: (v) => `Registered letter: ${ref(v)} unpaid`,
      insistent: (v) => `Registered letter: immediate payment requested, ${ref(v)}`,
      formal: (v) => `Registered letter: last notice before formal demand, ${ref(v)}`,
    },
    formal_notice: {
      courteous: (v) => `Formal notice to pay: ${ref(v)}`,
      firm: (v) => `Formal notice to pay: ${ref(v)}`,
      insistent: (v) => `Formal notice to pay within ${v.deadlineDaysText}: ${ref(v)}`,
      formal: (v) => `Formal notice to pay (mise en demeure): ${ref(v)}`,
    },
    court_filing: {
      courteous: (v) => `Before going to court: ${ref(v)}`,
      firm: (v) => `Before going to court: ${ref(v)}`,
      insistent: (v) => `Court filing coming: ${ref(v)}`,
      formal: (v) => `Notice of an application for a payment order: ${ref(v)}`,
    },
  },
  opening: {
    email: {
      courteous: (v) =>
        `I am writing about ${ref(v)}, which fell due${onDue(v)}. It has probably just slipped through the cracks: could you check on your side?`,
      firm: (v) =>
        `Unless I am mistaken, I have not yet received payment for ${ref(v)}, now ${late(v)} overdue.`,
      insistent: (v) =>
        `${Ref(v)} ${is(v)} still unpaid, ${late(v)} after the due date. The delay is straining my cash flow and I need it settled quickly.`,
      formal: (v) =>
        `${Ref(v)} ${is(v)} still unpaid today, ${late(v)} after the due date${onDue(v, 'of')}. This is a final reminder before a formal notice is sent.`,
    },
    letter: {
      courteous: (v) => `This letter is a reminder that ${ref(v)}, due${onDue(v)}, ${is(v)} not yet paid.`,
      firm: (v) => `I note that ${ref(v)} ${is(v)} still unpaid, ${late(v)} after the due date.`,
      insistent: (v) =>
        `I regret to note that ${ref(v)} ${is(v)} still unpaid, ${late(v)} after the due date.`,
      formal: (v) => `I hereby inform you that ${ref(v)}, due${onDue(v, 'since')}, ${is(v)} unpaid to date.`,
    },
    registered_letter: {
      courteous: (v) =>
        `I am sending this registered letter about ${ref(v)}, due${onDue(v)} and still unpaid.`,
      firm: (v) =>
        `By registered letter, I remind you that ${ref(v)} ${is(v)} unpaid, ${late(v)} after the due date.`,
      insistent: (v) =>
        `By this registered letter with acknowledgement of receipt, I ask you to pay ${ref(v)} without delay: ${late(v)} overdue.`,
      formal: (v) =>
        `By this registered letter with acknowledgement of receipt, I record the non-payment of ${ref(v)}, due${onDue(v)}.`,
    },
    formal_notice: {
      courteous: (v) =>
        `Despite our exchanges, ${ref(v)} ${is(v)} still unpaid. I have no choice but to send you a formal notice to pay.`,
      firm: (v) =>
        `As ${ref(v)}, due${onDue(v)}, ${is(v)} still unpaid, I am sending you a formal notice to pay.`,
      insistent: (v) =>
        `${Ref(v)} ${is(v)} still unpaid ${late(v)} after the due date, despite my requests. I am therefore sending you a formal notice to pay.`,
      formal: (v) => `I hereby give you formal notice to pay ${ref(v)}, due${onDue(v)} and unpaid to date.`,
    },
    court_filing: {
      courteous: (v) =>
        `${Ref(v)} ${is(v)} still unpaid despite the formal notice. I am letting you know that I am about to go to court.`,
      firm: (v) => `Unless ${ref(v)} ${is(v)} paid, I will apply to the competent court for a payment order.`,
      insistent: (v) =>
        `${Ref(v)} ${is(v)} still unpaid ${late(v)} after the due date. I am preparing an application for a payment order.`,
      formal: (v) =>
        `Please be informed that, failing payment, an application for a payment order (injonction de payer) will be filed with the competent court for ${ref(v)}.`,
    },
  },
  ask: {
    courteous: () =>
      'If the payment is already on its way, please ignore this message. Otherwise, I would be grateful if you could settle it soon.',
    firm: () =>
      'Please arrange payment within the next few days. If something is in the way, let us talk: a payment plan is possible.',
    insistent: () =>
      'I ask you to pay this amount within eight days. Without an answer, I will start the recovery steps the law provides for.',
    formal: (v) =>
      `Failing payment by ${v.deadlineDate}, I will send you a formal notice and then refer the matter to the competent court.`,
  },
  askFormalNotice: (v) =>
    `I hereby give you formal notice to pay ${v.totalClaimed} within ${v.deadlineDaysText} of receiving this notice. Failing that, I will apply to the competent court for a payment order without further notice.${v.clientKind === 'particulier' ? ' From this notice, statutory interest runs on the amount due (French Civil Code art. 1231-6).' : ''}`,
  askCourtFiling: (v) =>
    `You can still avoid these proceedings and their costs by paying ${v.totalClaimed} before ${v.deadlineDate}.`,
  greeting: (v, register) => {
    if (register === 'solemn' || (register === 'formal' && !v.firstName)) return 'Dear Sir or Madam,';
    return v.firstName ? `Dear ${v.firstName},` : 'Hello,';
  },
  // "Dear Sir or Madam" ends "Yours faithfully"; a named reader, "Kind regards" or a warm line.
  closing: (v, register, tone) => {
    if (register === 'solemn' || (register === 'formal' && !v.firstName)) return 'Yours faithfully,';
    return {
      courteous: 'Many thanks, and have a good day.',
      firm: 'Thank you for your prompt reply. Kind regards,',
      insistent: 'I look forward to your payment. Regards,',
      formal: 'Kind regards,',
    }[tone];
  },
  invoicesHeading: (v) => (many(v) ? 'Invoices concerned:' : 'Invoice concerned:'),
  invoiceLine: (l) =>
    `- ${l.number}${l.issueDate ? ` of ${l.issueDate}` : ''}, due ${l.dueDate}: ${l.amountDue}${l.total ? ` outstanding of ${l.total}` : ''}${l.daysLate > 0 ? ` (${countOf('en', l.daysLate, 'day', 'days')} late)` : ''}`,
  history: (v) =>
    `My previous ${v.history.some((h) => h.channel === 'formal_notice' || h.channel === 'court_filing') ? 'steps' : v.history.length > 1 ? 'reminders' : 'reminder'} (${listOf(
      v.history.map((h) => `${CHANNEL_EN[h.channel]} of ${h.date}`),
      'and',
    )}) went unanswered.`,
  brokenPromise: (v) =>
    `When we spoke on ${v.promise?.madeOn}, you told me payment would be made by ${v.promise?.promisedDate}; nothing has arrived so far.`,
  brokenPlan: (v) =>
    `The installment of ${v.missedInstallment?.amount} due on ${v.missedInstallment?.date} under our payment plan was not paid, so the plan no longer applies.`,
  penalties: (v) =>
    [
      v.interest &&
        (v.clientKind === 'public'
          ? `Under the French Public Procurement Code (art. L2192-13 and R2192-31), late-payment interest of ${v.interest} is due to date.`
          : v.clientKind === 'pro'
            ? `Under article L441-10 of the French Commercial Code and my payment terms, late-payment penalties of ${v.interest} are due to date.`
            : v.formalNoticeDate
              ? `Interest since the formal notice of ${v.formalNoticeDate} amounts to ${v.interest} (French Civil Code art. 1231-6).`
              : `Late-payment interest under our agreement amounts to ${v.interest} to date.`),
      v.indemnity &&
        // One invoice: "40.00", not "40.00 per invoice: 40.00".
        `The fixed recovery fee of ${many(v) ? `${v.indemnityPerInvoice} per invoice is added: ${v.indemnity}` : `${v.indemnity} is added`}${v.clientKind === 'pro' ? ' (French Commercial Code art. D441-5)' : ''}${v.indemnityApart ? ', in euros, payable on top' : ''}.`,
      `Total claimed: ${v.totalClaimed}${v.indemnityApart ? ` and ${v.indemnity}` : ''}.`,
    ]
      .filter(Boolean)
      .join(' '),
  payment: (v) =>
    v.iban
      ? `Payment by bank transfer: IBAN ${v.iban}${v.bic ? `, BIC ${v.bic}` : ''}, quoting ${v.numbers}.`
      : `Please quote ${v.numbers} with your payment; my bank details are on ${v.count > 1 ? 'the invoices' : 'the invoice'}.`,
  callScript: (tone, v) =>
    [
      `Call to ${v.clientName}${v.phone ? ` (${v.phone})` : ''}: ${ref(v)}, ${v.amountDue}, ${late(v)} overdue.`,
      '',
      `1. "Hello${v.firstName ? ` ${v.firstName}` : ''}, ${v.senderName ? `this is ${v.senderName}. I` : 'I'} am calling about ${ref(v)} for ${v.amountDue}, due${onDue(v)}."`,
      '2. "Did you receive the invoice? Is anything holding up the payment?"',
      `3. ${
        {
          courteous: '"Could you tell me when the payment will go out?"',
          firm: '"I need a firm payment date: which one can I note down?"',
          insistent: `"Without payment within eight days, I will send a registered letter${v.interest || v.indemnity ? ` and claim the late-payment penalties (${v.totalClaimed} in total to date)` : ''}."`,
          formal: '"Without immediate payment, a formal notice will follow, then a court application."',
        }[tone]
      }`,
      '4. If paying is a problem, offer a payment plan.',
      '',
      'After the call: record the outcome in Échéance (promise with its date, dispute, no answer).',
    ].join('\n'),
};
