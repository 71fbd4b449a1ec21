import { composeUrl } from '../../core/compose';
import { formatDate } from '../../core/dates';
import type { BrokenPromise } from '../../core/dunning';
import { renderPromiseConfirmation } from '../../core/templates';
import { useT } from '../i18n';
import type { LiveCase } from './use-case';

interface PromiseConfirmLinkProps {
  live: LiveCase;
  promise: BrokenPromise;
  today: string;
  /** Runs on the click, before the mail opens (the call panel records the promise then). */
  onOpen?: () => void;
  label?: 'confirm.open' | 'confirm.saveAndOpen';
}

/**
 * Opens the written confirmation of a phone promise (core/templates promise-confirmation) in
 * the user's mailbox. A link, not a script: the message to the background leaves on the click,
 * before the popup closes behind the new tab.
 */
export function PromiseConfirmLink({
  live,
  promise,
  today,
  onOpen,
  label = 'confirm.open',
}: PromiseConfirmLinkProps) {
  const { t } = useT();
  const { kase, settings } = live;
  const mail = renderPromiseConfirmation({
    lang: kase.client.language,
    addressing: kase.client.addressing,
    client: kase.client,
    invoices: [{ invoice: kase.invoice, events: kase.events }],
    settings,
    now: today,
    promise,
  });
  return (
    <a
      class="button secondary"
      href={composeUrl(settings.mailTarget, { to: kase.client.emails, ...mail }, settings.gmailAccount)}
      target="_blank"
      rel="noreferrer"
      title={t('confirm.hint')}
      onClick={onOpen}
      data-testid="promise-confirm"
    >
      {t(label)}
    </a>
  );
}

/** While the ladder waits on a promise: its date, and the confirmation one click away. */
export function PromiseNotice({ live, promise, today }: Omit<PromiseConfirmLinkProps, 'onOpen' | 'label'>) {
  const { t, lang } = useT();
  return (
    <p class="notice" data-testid="promise-notice">
      {t('confirm.promised', { date: formatDate(promise.promisedDate, lang) })}{' '}
      <PromiseConfirmLink live={live} promise={promise} today={today} />
    </p>
  );
}
