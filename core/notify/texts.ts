/** What the notifications say, in French and English. Amounts are formatted by core/money. */
import { formatDate } from '../dates';
import type { Client, Invoice, Language } from '../model';
import { formatMoney } from '../money';
import type { NoticeKind } from './notices';

export interface NotificationText {
  title: string;
  message: string;
  buttons: [string, string];
}

export function digestText(count: number, totalCents: number, lang: Language): NotificationText {
  const total = formatMoney(totalCents, 'EUR', lang);
  return lang === 'fr'
    ? {
        title:
          count > 1
            ? `${count} relances à faire aujourd’hui — ${total}`
            : `1 relance à faire aujourd’hui — ${total}`,
        message: 'Ouvrez Échéance pour les rédiger en un clic.',
        buttons: ['Relancer', 'Plus tard'],
      }
    : {
        title:
          count > 1 ? `${count} reminders to send today — ${total}` : `1 reminder to send today — ${total}`,
        message: 'Open Échéance to write them in one click.',
        buttons: ['Send reminder', 'Later'],
      };
}

const FR: Record<NoticeKind, (n: string, c: string, d: string) => string> = {
  formal_notice: (n, c) => `Mise en demeure à envoyer : facture ${n} de ${c}`,
  court_filing: (n, c) => `Injonction de payer à préparer : facture ${n} de ${c}`,
  'claim-deadline': (n, c, d) => `Déclarez la créance ${n} (${c}) au mandataire avant le ${d}`,
  'prescription-3m': (n, c, d) => `Prescription dans 3 mois : facture ${n} de ${c} (le ${d})`,
  'prescription-1m': (n, c, d) => `Prescription dans 1 mois : facture ${n} de ${c} (le ${d})`,
};
const EN: Record<NoticeKind, (n: string, c: string, d: string) => string> = {
  formal_notice: (n, c) => `Formal notice due: invoice ${n} from ${c}`,
  court_filing: (n, c) => `Court order to prepare: invoice ${n} from ${c}`,
  'claim-deadline': (n, c, d) => `Declare claim ${n} (${c}) to the administrator before ${d}`,
  'prescription-3m': (n, c, d) => `Time limit in 3 months: invoice ${n} from ${c} (${d})`,
  'prescription-1m': (n, c, d) => `Time limit in 1 month: invoice ${n} from ${c} (${d})`,
};

export function noticeText(
  kind: NoticeKind,
  invoice: Invoice,
  client: Client,
  deadline: string | null,
  lang: Language,
): NotificationText {
  const d = deadline ? formatDate(deadline, lang) : '';
  const amount = formatMoney(invoice.outstandingCents, invoice.currency, lang);
  return {
    title: (lang === 'fr' ? FR : EN)[kind](invoice.number, client.name, d),
    message: lang === 'fr' ? `Reste dû : ${amount}` : `Amount due: ${amount}`,
    buttons: lang === 'fr' ? ['Relancer', 'Plus tard'] : ['Send reminder', 'Later'],
  };
}
