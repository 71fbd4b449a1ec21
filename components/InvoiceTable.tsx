import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { daysBetween, formatDate } from '../core/dates';
import type { InvoiceRow } from '../core/db';
import type { EcheanceDb } from '../core/db/database';
import type { IsoDate } from '../core/model';
// The module itself, not the barrel: the popup's first paint loads no schema (zod).
import { isClosed } from '../core/model/invoice-closed';
import { formatMoney } from '../core/money';
import { useBaseT as useT } from './i18n/base';
import { lazyComponent } from './lazy';

/** What a late payment made due (issue #14): loaded when a paid row is opened, not before. */
const PaidCharges = lazyComponent(async () => (await import('./actions/PaidCharges')).PaidCharges);

/**
 * Client, number, amount due, due date and days late: the columns every list shares. With `db`,
 * an invoice paid after its due date offers its late-payment charges (opened under the row).
 */
export function InvoiceTable({ rows, today, db }: { rows: InvoiceRow[]; today: IsoDate; db?: EcheanceDb }) {
  const { t, lang } = useT();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table class="invoices" data-testid="invoice-table">
      <thead>
        <tr>
          <th scope="col">{t('invoice.client')}</th>
          <th scope="col">{t('invoice.number')}</th>
          <th scope="col" class="num">
            {t('invoice.amountDue')}
          </th>
          <th scope="col">{t('invoice.dueDate')}</th>
          <th scope="col">{t('invoice.daysLate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ invoice, client }) => {
          const late = daysBetween(invoice.dueDate, today);
          const closed = isClosed(invoice.status);
          const charges = db && invoice.status === 'paid' && late > 0;
          return (
            <Fragment key={invoice.id}>
              <tr data-testid="invoice-row" data-number={invoice.number}>
                <td>{client.name}</td>
                <td>{invoice.number}</td>
                <td class="num">{formatMoney(invoice.outstandingCents, invoice.currency, lang)}</td>
                <td>{formatDate(invoice.dueDate, lang)}</td>
                <td>
                  {closed ? (
                    <span class="tag tag-ok">{t(`status.${invoice.status}`)}</span>
                  ) : late > 0 ? (
                    <span class="tag tag-late">{t('invoice.late', { days: late })}</span>
                  ) : late === 0 ? (
                    <span class="tag">{t('invoice.dueToday')}</span>
                  ) : (
                    <span class="tag">{t('invoice.notDue', { days: -late })}</span>
                  )}
                  {charges && (
                    <button
                      type="button"
                      class="secondary"
                      aria-expanded={open === invoice.id}
                      data-testid="late-charges-open"
                      onClick={() => setOpen(open === invoice.id ? null : invoice.id)}
                    >
                      {t('invoice.lateCharges')}
                    </button>
                  )}
                </td>
              </tr>
              {charges && open === invoice.id && (
                <tr>
                  <td colSpan={5}>
                    <PaidCharges db={db} invoiceId={invoice.id} today={today} />
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
