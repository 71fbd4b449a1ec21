import { type AgingBucket, isClosed, type ListItem } from '../../core/dashboard';
import { formatDate } from '../../core/dates';
import type { IsoDate } from '../../core/model';
import { formatMoney } from '../../core/money';
import { useT } from '../i18n';
import { StatusTag } from './StatusTag';
import { invoiceHref } from './use-hash-route';

/** One page of the dashboard list; the number links to the invoice page. */
export function InvoiceList({ items, today }: { items: ListItem[]; today: IsoDate }) {
  const { t, lang } = useT();
  return (
    <table class="invoices" data-testid="dashboard-table">
      <thead>
        <tr>
          <th scope="col">{t('invoice.number')}</th>
          <th scope="col">{t('invoice.client')}</th>
          <th scope="col">{t('dash.list.status')}</th>
          <th scope="col" class="num">
            {t('invoice.amountDue')}
          </th>
          <th scope="col">{t('invoice.dueDate')}</th>
          <th scope="col">{t('invoice.daysLate')}</th>
          <th scope="col">{t('dash.list.nextAction')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map(({ invoice, client, daysLate, bucket }) => (
          <tr
            key={invoice.id}
            data-testid="invoice-row"
            data-number={invoice.number}
            data-bucket={bucket ?? ''}
          >
            <th scope="row">
              <a href={invoiceHref(invoice.id)}>{invoice.number}</a>
            </th>
            <td>{client.name}</td>
            <td>
              <StatusTag status={invoice.status} />
            </td>
            <td class="num">{formatMoney(invoice.outstandingCents, invoice.currency, lang)}</td>
            <td>{formatDate(invoice.dueDate, lang)}</td>
            <td>
              {isClosed(invoice.status) ? (
                '—'
              ) : (
                <LateTag daysLate={daysLate} bucket={bucket} dueDate={invoice.dueDate} today={today} />
              )}
            </td>
            <td>{invoice.nextActionDate ? formatDate(invoice.nextActionDate, lang) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function LateTag({
  daysLate,
  bucket,
  dueDate,
  today,
}: {
  daysLate: number;
  bucket: AgingBucket | null;
  dueDate: IsoDate;
  today: IsoDate;
}) {
  const { t } = useT();
  if (daysLate > 0)
    return <span class={`tag tag-late aging-${bucket ?? ''}`}>{t('invoice.late', { days: daysLate })}</span>;
  if (dueDate === today) return <span class="tag">{t('invoice.dueToday')}</span>;
  return <span class="tag">{t('dash.list.notDue')}</span>;
}
