import './pending-confirm.css';
import { useEffect, useState } from 'preact/hooks';
import {
  confirmQuestion,
  type PendingConfirmationView,
  pendingConfirmations,
} from '../../core/app/pending-confirm-read';
import type { EcheanceDb } from '../../core/db/database';
import { sends } from '../../core/i18n/catalogue/sends';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n/base';

/**
 * « À confirmer : relance à Acme ouverte hier — envoyée ? » for each reminder opened in Outlook
 * on the web or the mail app and not yet answered (core/app/pending-confirm-read.ts). Kept in
 * IndexedDB, so it is back after the popup closes or the browser restarts, until « Oui » (the
 * step is recorded) or « Non, pas envoyée » (nothing is). Shown in the popup and the dashboard.
 * Dexie's live query is loaded with the database, after the popup's first paint.
 */
export function PendingConfirmList({
  db,
  send,
  onViews,
}: {
  db: EcheanceDb | undefined;
  send: Send;
  /** The questions as read, for the rows they concern (the popup's second lines). */
  onViews?: (views: PendingConfirmationView[]) => void;
}) {
  const { t, lang } = useAreaT(sends);
  const [views, setViews] = useState<PendingConfirmationView[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!db) return;
    let subscription: { unsubscribe(): void } | undefined;
    let on = true;
    void import('dexie').then(({ liveQuery }) => {
      if (!on) return;
      subscription = liveQuery(() => pendingConfirmations(db, new Date())).subscribe({
        next: (read) => {
          setViews(read);
          onViews?.(read);
        },
        error: (e: unknown) => console.error(e),
      });
    });
    return () => {
      on = false;
      subscription?.unsubscribe();
    };
  }, [db]);
  if (views.length === 0) return null;

  async function answer(id: string, sent: boolean) {
    const reply = await send('pending/answer', { id, sent });
    setError(reply.ok ? null : reply.error.message);
  }

  return (
    <section class="pending-confirms" aria-label={t('sends.confirm.list')} data-testid="pending-confirms">
      <ul>
        {views.map((v) => {
          const target = t(v.target === 'outlook' ? 'sends.target.outlook' : 'sends.target.mailto');
          return (
            <li key={v.id} class="pending-confirm" data-testid="pending-confirm">
              <p class="question">{confirmQuestion(v, lang)}</p>
              <p class="muted">{t('sends.confirm.where', { target, numbers: v.numbers.join(', ') })}</p>
              {v.attachByHand && (
                <p class="muted" data-testid="pending-attach-by-hand">
                  {t('sends.confirm.attachByHand', { target })}
                </p>
              )}
              <div class="answers">
                <button type="button" data-testid="pending-yes" onClick={() => answer(v.id, true)}>
                  {t('sends.confirm.yes')}
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-testid="pending-no"
                  onClick={() => answer(v.id, false)}
                >
                  {t('sends.confirm.no')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
