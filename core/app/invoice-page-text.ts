/**
 * The invoice page's sentences, from the decisions of invoice-status.ts and invoice-totals.ts:
 * the status line, each ladder step's time relative to today, each struck part's reason.
 * Words come from the catalogue (core/i18n, area `invoicePage`); dates of the current year drop
 * the year (« fait le 05/11 »).
 */
import { daysBetween, formatDate } from '../dates';
import { dayLabel, stepName } from '../dunning/describe';
import { common } from '../i18n/catalogue/common';
import { invoicePage } from '../i18n/catalogue/invoice-page';
import { translator } from '../i18n/translate';
import type { Language } from '../model';
import { formatMoney } from '../money';
import type { StatusLine, StepWhen } from './invoice-status';
import type { NotClaimed, PaymentLine, Totals } from './invoice-totals';

/** « 05/11 » / "5 Nov" this year, the full date otherwise. */
export function shortDay(date: string, today: string, lang: Language): string {
  const full = formatDate(date, lang);
  if (date.slice(0, 4) !== today.slice(0, 4)) return full;
  return lang === 'fr' ? full.slice(0, 5) : full.slice(0, -5);
}

// Its own area and the channel names only: the dashboard's first script stays small.
const words = { ...invoicePage, ...common };

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

export function statusText(line: StatusLine, today: string, lang: Language, currency = 'EUR'): string {
  const t = translator(words, lang);
  const day = (d: string) => shortDay(d, today, lang);
  const late = (what: string, days: number) => (days > 0 ? t('ip.status.late', { what, count: days }) : what);
  switch (line.kind) {
    case 'paid':
      return t('ip.status.paid', { date: day(line.on) });
    case 'written-off':
      return t('ip.status.writtenOff', { date: day(line.on) });
    case 'claim-declared':
      return t('ip.status.claimDeclared');
    case 'declare-claim':
      return t('ip.status.declareClaim', { date: day(line.deadline) });
    case 'step': {
      const name = capital(stepName(line.action, line.tone, lang));
      const what = line.contested
        ? t('ip.status.contested')
        : line.action === 'phone'
          ? t('ip.status.call')
          : line.action === 'court_filing'
            ? t('ip.status.file', { name })
            : t('ip.status.send', { name });
      return late(what, line.daysLate);
    }
    case 'notice':
      return t('ip.status.notice', { sent: day(line.sentOn), until: day(line.until) });
    case 'scheduled': {
      const name = capital(stepName(line.action, line.tone, lang));
      return late(
        t('ip.status.scheduled', { name, date: day(line.on), when: relative(line.on, today, lang) }),
        line.daysLate,
      );
    }
    case 'not-due':
      return line.on === today
        ? t('ip.status.dueToday')
        : t('ip.status.notDue', { date: day(line.on), when: relative(line.on, today, lang) });
    case 'snoozed':
      return t('ip.status.snoozed', { date: day(line.until) });
    case 'promise':
      return t('ip.status.promise', { date: day(line.on) });
    case 'announced':
      return t('ip.status.announced', { date: day(line.on), until: day(line.until) });
    case 'dispute':
      return t('ip.status.dispute');
    case 'plan':
      return t('ip.status.plan', {
        amount: formatMoney(line.amountCents, currency, lang),
        date: day(line.on),
      });
    case 'excluded':
      return t('ip.status.excluded', { date: day(line.since) });
    case 'complete':
      return late(t('ip.status.complete'), line.daysLate);
  }
}

/** « aujourd’hui », « demain », « dans 8 j » for a day not before today. */
function relative(date: string, today: string, lang: Language): string {
  const t = translator(words, lang);
  const days = daysBetween(today, date);
  if (days <= 0) return t('ip.when.today');
  if (days === 1) return t('ip.when.tomorrow');
  return t('ip.when.in', { count: days });
}

export function whenText(when: StepWhen, today: string, lang: Language): string {
  const t = translator(words, lang);
  const day = (d: string) => shortDay(d, today, lang);
  switch (when.kind) {
    case 'done':
      return when.channel
        ? t('ip.when.doneVia', { date: day(when.on), channel: t(`channel.${when.channel}`) })
        : t('ip.when.done', { date: day(when.on) });
    case 'skipped':
      return t('ip.when.skipped', { date: day(when.on) });
    case 'passed':
      return t('ip.when.passed');
    case 'today':
      return t('ip.when.today');
    case 'late':
      return t('ip.when.late', { count: when.days });
    case 'in':
      return relative(when.on, today, lang);
    case 'after-previous':
      return t('ip.when.afterPrevious');
    case 'paused':
      return t('ip.when.paused');
    case 'cancelled':
      return t('ip.when.cancelled');
  }
}

const WHY = {
  proceedings: 'ip.why.proceedings',
  'consumer-indemnity': 'ip.why.consumerIndemnity',
  'consumer-interest': 'ip.why.consumerInterest',
  'interest-mention': 'ip.why.interestMention',
  'indemnity-mention': 'ip.why.indemnityMention',
} as const;

export function whyText(
  part: { part: 'interest' | 'indemnity'; why: NotClaimed },
  totals: Pick<Totals, 'claimFrom'>,
  lang: Language,
): string {
  const t = translator(words, lang);
  const { why } = part;
  if (why !== 'later-step') return t(WHY[why]);
  const from = totals.claimFrom;
  return t(part.part === 'interest' ? 'ip.why.laterStepInterest' : 'ip.why.laterStepIndemnity', {
    step: from ? stepName(from.action, from.tone, lang) : '',
    day: from ? dayLabel(from.offsetDays, lang) : '',
  });
}

/** « rapproché du relevé bancaire releve.csv le 06/11 » / « enregistré à la main le 06/11 ». */
export function paymentSource(p: PaymentLine, today: string, lang: Language): string {
  const t = translator(words, lang);
  const date = shortDay(p.recordedOn, today, lang);
  return p.bank ? t('ip.payment.bank', { file: p.bank.file, date }) : t('ip.payment.manual', { date });
}
