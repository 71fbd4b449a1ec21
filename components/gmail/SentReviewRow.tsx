/**
 * One proposed invoice of the Sent-list review: its checkbox, what the list showed (as text),
 * the fields to complete, and « Où en êtes-vous ? » pre-filled from the thread.
 */

import type { ReviewDraft } from '../../core/app/gmail-bulk-review';
import { formatDate } from '../../core/dates';
import type { gmailReview } from '../../core/i18n/catalogue/gmail-review';
import type { Translate } from '../../core/i18n/translate';
import type { Language } from '../../core/model';
import type { SentProposal } from '../../core/sites/gmail/sent-list-propose';

type T = Translate<typeof gmailReview>;
const REACHED = ['nothing', 'email', 'call', 'formal_notice'] as const;
const KINDS = ['pro', 'particulier', 'public'] as const;

export interface RowProps {
  t: T;
  lang: Language;
  index: number;
  proposal: SentProposal;
  draft: ReviewDraft;
  checked: boolean;
  /** Fields the last « Suivre » found missing or wrong. */
  wrong: readonly string[];
  onCheck: (checked: boolean) => void;
  onChange: (patch: Partial<ReviewDraft>) => void;
}

export function SentReviewRow({
  t,
  lang,
  index,
  proposal: p,
  draft: d,
  checked,
  wrong,
  onCheck,
  onChange,
}: RowProps) {
  const id = (field: string) => `r${index}-${field}`;
  const bad = (field: string) => (wrong.includes(field) ? { 'aria-invalid': true as const } : {});
  // Typing in a row means it is wanted.
  const edit = (patch: Partial<ReviewDraft>) => {
    onChange(patch);
    if (!checked) onCheck(true);
  };
  return (
    <li class={`review-row${checked ? ' is-checked' : ''}`} data-testid="review-row" data-thread={p.threadId}>
      <label class="review-pick">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onCheck(e.currentTarget.checked)}
          data-testid="review-check"
        />
        <span class="review-subject">{p.subject}</span>
      </label>
      <p class="review-meta">
        {[
          p.issueDate
            ? t('gmailReview.sent', { date: formatDate(p.issueDate, lang) })
            : p.lastOn && t('gmailReview.last', { date: formatDate(p.lastOn, lang) }),
          t('gmailReview.messages', { count: p.messageCount }),
          p.pdfName,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="review-fields">
        <label for={id('number')}>{t('gmailReview.number')}</label>
        <input
          id={id('number')}
          value={d.number}
          {...bad('number')}
          onInput={(e) => edit({ number: e.currentTarget.value })}
          data-testid="review-number"
        />
        <label for={id('client')}>{t('gmailReview.client')}</label>
        <input
          id={id('client')}
          value={d.clientName}
          {...bad('clientName')}
          onInput={(e) => edit({ clientName: e.currentTarget.value })}
        />
        <label for={id('email')}>{t('gmailReview.email')}</label>
        <input
          id={id('email')}
          type="email"
          value={d.clientEmail}
          {...bad('clientEmail')}
          onInput={(e) => edit({ clientEmail: e.currentTarget.value })}
        />
        {p.clientKindGuess === null && (
          <>
            <label for={id('kind')}>{t('gmailReview.kind')}</label>
            <select
              id={id('kind')}
              value={d.clientKind ?? ''}
              {...bad('clientKind')}
              onChange={(e) =>
                edit({ clientKind: (e.currentTarget.value || null) as ReviewDraft['clientKind'] })
              }
            >
              <option value="">{t('gmailReview.kindPick')}</option>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`gmailReview.${k}`)}
                </option>
              ))}
            </select>
          </>
        )}
        <label for={id('amount')}>
          {t('gmailReview.amount')} ({p.currency})
        </label>
        <input
          id={id('amount')}
          inputMode="decimal"
          value={d.amount}
          placeholder={t('gmailReview.amountToType')}
          {...bad('amount')}
          onInput={(e) => edit({ amount: e.currentTarget.value })}
          data-testid="review-amount"
        />
        <label for={id('due')}>{t('gmailReview.dueDate')}</label>
        <input
          id={id('due')}
          type="date"
          value={d.dueDate}
          {...bad('dueDate')}
          onInput={(e) => edit({ dueDate: e.currentTarget.value })}
          data-testid="review-due"
        />
      </div>
      {p.totalCents === null && <p class="review-hint">{t('gmailReview.amountHint')}</p>}
      {p.dueGuessed && d.dueDate === p.dueDate && <p class="review-hint">{t('gmailReview.dueGuessed')}</p>}
      <fieldset class="review-where">
        <legend>{t('gmailReview.where')}</legend>
        <select
          aria-label={t('gmailReview.where')}
          value={d.reached}
          onChange={(e) => edit({ reached: e.currentTarget.value as ReviewDraft['reached'], answered: true })}
          data-testid="review-reached"
        >
          {REACHED.map((r) => (
            <option key={r} value={r}>
              {t(`gmailReview.reached.${r}`)}
            </option>
          ))}
        </select>
        {d.reached !== 'nothing' && (
          <label>
            {t('gmailReview.on')}{' '}
            <input
              type="date"
              value={d.on}
              {...bad('on')}
              onInput={(e) => edit({ on: e.currentTarget.value, answered: true })}
              data-testid="review-on"
            />
          </label>
        )}
        {!d.answered && p.whereabouts.reached !== 'nothing' && p.whereabouts.on && (
          <p class="review-hint" data-testid="review-from-thread">
            {t('gmailReview.fromThread', { date: formatDate(p.whereabouts.on, lang) })}
          </p>
        )}
      </fieldset>
    </li>
  );
}
