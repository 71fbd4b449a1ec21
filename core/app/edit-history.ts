/**
 * The history's sentence for an edit or a reopening (issue #20): each changed field by its name,
 * its old and new values written the language's way (amounts, dates, yes/no).
 */
import { formatDate } from '../dates';
import { edit as area } from '../i18n/catalogue/edit';
import { translator } from '../i18n/translate';
import type { FieldChange, InvoiceEvent, Language } from '../model';
import { formatMoney } from '../money';

type Audit = Extract<InvoiceEvent, { type: 'invoice_edited' | 'reopened' }>;

export function isAuditEvent(e: InvoiceEvent): e is Audit {
  return e.type === 'invoice_edited' || e.type === 'reopened';
}

const FIELDS = new Set([
  'number',
  'clientId',
  'issueDate',
  'dueDate',
  'paymentTerms',
  'totalCents',
  'amountDueCents',
  'currency',
  'mentions.dueDate',
  'mentions.penaltyRate',
  'mentions.recoveryIndemnity',
  'scenarioId',
]);

export function auditText(e: Audit, lang: Language, currency: string): string {
  const t = translator(area, lang);
  if (e.type === 'reopened') {
    return e.payment
      ? t('history.reopenedPayment', {
          amount: formatMoney(e.payment.amountCents, currency, lang),
          date: formatDate(e.payment.date, lang),
        })
      : t('history.reopenedWrittenOff');
  }
  const value = (c: FieldChange, v: string): string => {
    if (v === '') return t('history.none');
    if (c.field.endsWith('Cents') && /^\d+$/.test(v)) return formatMoney(Number(v), currency, lang);
    if (c.field.endsWith('Date') && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v, lang);
    if (c.field.startsWith('mentions.')) return v === 'true' ? t('history.yes') : t('history.no');
    return lang === 'fr' ? `« ${v} »` : `“${v}”`;
  };
  const changes = e.changes.map((c) =>
    t('history.change', {
      field: FIELDS.has(c.field) ? t(`edit.field.${c.field}` as 'edit.field.number') : c.field,
      from: value(c, c.from),
      to: value(c, c.to),
    }),
  );
  return t('history.edited', { changes: changes.join(' ; ') });
}
