/** What the notifications say: the catalogue's `notices` area. Amounts are formatted by core/money. */
import { formatDate } from '../dates';
import { notices } from '../i18n/catalogue/notices';
import { translator } from '../i18n/translate';
import type { Client, Invoice, Language } from '../model';
import { formatMoney } from '../money';
import type { NoticeKind } from './notices';

export interface NotificationText {
  title: string;
  message: string;
  /**
   * « Relancer » then « Plus tard » (core/app/notification-click.ts reads them by position), or a
   * single « Répondre » when there is nothing to remind, only a question to answer.
   */
  buttons: readonly [string, string] | readonly [string];
}

export function digestText(count: number, totalCents: number, lang: Language): NotificationText {
  const t = translator(notices, lang);
  return {
    title: t('notice.digest.title', { count, total: formatMoney(totalCents, 'EUR', lang) }),
    message: t('notice.digest.message'),
    buttons: [t('notice.remind'), t('notice.later')],
  };
}

export function noticeText(
  kind: NoticeKind,
  invoice: Invoice,
  client: Client,
  deadline: string | null,
  lang: Language,
): NotificationText {
  const t = translator(notices, lang);
  const date = deadline ? formatDate(deadline, lang) : '';
  const amount = formatMoney(invoice.outstandingCents, invoice.currency, lang);
  return {
    title: t(`notice.${kind}`, { number: invoice.number, client: client.name, date }),
    message: t('notice.amountDue', { amount }),
    buttons: [t('notice.remind'), t('notice.later')],
  };
}
