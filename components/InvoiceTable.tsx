import { daysBetween, formatDate } from '../core/dates';
import type { InvoiceRow } from '../core/db';
import type { IsoDate } from '../core/model';
import { formatMoney } from '../core/money';
import { useBaseT as useT } from './i18n/base';

/** Client, number, amount due, due date and days late: the columns every list shares. */
export function InvoiceTable({ rows, today }: { rows: InvoiceRow[]; today: IsoDate }) {
  const { t, lang } = useT();
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
          const closed = invoice.status === 'paid' || invoice.status === 'written_off';
          return (
            <tr key={invoice.id} data-testid="invoice-row" data-number={invoice.number}>
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
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
