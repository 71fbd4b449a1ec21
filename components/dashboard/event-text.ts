import { auditText, isAuditEvent } from '../../core/app/edit-history';
import { formatDate } from '../../core/dates';
import { dayLabel, stepName } from '../../core/dunning';
import type { InvoiceEvent, Language, Scenario } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { Translate } from '../i18n';

/** « J+15 · appel », or the raw id when the step left the scenario since. */
export function stepLabel(stepId: string | null, scenario: Scenario, lang: Language): string | null {
  if (!stepId) return null;
  const step = scenario.steps.find((s) => s.id === stepId);
  return step ? `${dayLabel(step.offsetDays, lang)} · ${stepName(step.action, step.tone, lang)}` : stepId;
}

/** One line of the events log, in the UI language; every event type has its sentence. */
export function eventText(e: InvoiceEvent, t: Translate, lang: Language, currency: string): string {
  const date = (d: string) => formatDate(d, lang);
  switch (e.type) {
    case 'reminder_sent':
      return t('dash.event.reminder_sent', { channel: t(`channel.${e.channel}`) });
    case 'call':
      return e.outcome === 'promise' && e.promisedDate
        ? t('dash.event.call.promiseOn', { date: date(e.promisedDate) })
        : t(`dash.event.call.${e.outcome}`);
    case 'letter_sent':
      return e.registered ? t('dash.event.letter_sent.registered') : t('dash.event.letter_sent');
    case 'payment':
      return t('dash.event.payment', { amount: formatMoney(e.amountCents, currency, lang) });
    case 'payment_plan':
      return t('dash.event.payment_plan', {
        count: e.installments.length,
        first: date(e.installments[0]!.date),
      });
    case 'proceedings_opened':
      return t('dash.event.proceedings_opened', {
        kind: t(`dash.proceedings.${e.kind}`),
        date: date(e.bodaccDate),
      });
    case 'snoozed':
      return t('dash.event.snoozed', { date: date(e.until) });
    case 'payment_announced':
      return t('dash.event.payment_announced', { date: date(e.promisedDate) });
    default:
      // An edit or a reopening (issue #20) says which fields or which payment.
      return isAuditEvent(e) ? auditText(e, lang, currency) : t(`dash.event.${e.type}`);
  }
}

/** The tracking number or Gmail reference worth showing under an event, if any. */
export function eventDetail(e: InvoiceEvent, t: Translate): string | null {
  if ('trackingNumber' in e && e.trackingNumber)
    return t('dash.event.tracking', { number: e.trackingNumber });
  return null;
}
