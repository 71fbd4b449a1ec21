/**
 * The review page of « Bring in the past months from Gmail » (issue #19): the invoices the
 * Sent list showed, checked and completed by the user, tracked in one pass through the
 * background (`gmail/bulk-track`). Every text from Gmail is shown as text, never markup.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  type DraftField,
  draftOf,
  type ReviewDraft,
  type ReviewView,
  requestOf,
  reviewView,
} from '../../core/app/gmail-bulk-review';
import type { EcheanceDb } from '../../core/db';
import { gmailReview } from '../../core/i18n/catalogue/gmail-review';
import type { TrackFromGmail } from '../../core/model';
import type { SentReview as Review } from '../../core/model/gmail-sent';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';
import { SentReviewRow } from './SentReviewRow';

interface Props {
  db: EcheanceDb;
  send: Send;
  review: Review | null;
  dashboardUrl: string;
}

type Outcome =
  | { kind: 'fix'; lines: string[] }
  | { kind: 'failed'; reason: string }
  | { kind: 'done'; count: number };

export function SentReview({ db, send, review, dashboardUrl }: Props) {
  const { t, lang } = useAreaT(gmailReview);
  const [view, setView] = useState<ReviewView | null>(null);
  const [drafts, setDrafts] = useState<ReviewDraft[]>([]);
  const [checked, setChecked] = useState<boolean[]>([]);
  const [wrong, setWrong] = useState<DraftField[][]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!review) return;
    void reviewView(db, review).then((v) => {
      setView(v);
      setDrafts(v.proposals.map(draftOf));
      // Ticked from the start when nothing is left to type.
      setChecked(v.proposals.map((p) => v && requestOf(p, draftOf(p), v).ok));
      setWrong(v.proposals.map(() => []));
    });
  }, [db, review]);

  if (!review || (view && view.proposals.length === 0)) {
    return (
      <main class="sent-review">
        <h1>{t('gmailReview.title')}</h1>
        {view && view.alreadyTracked > 0 && <p>{t('gmailReview.skipped', { count: view.alreadyTracked })}</p>}
        <p data-testid="review-empty">{t('gmailReview.none')}</p>
      </main>
    );
  }
  if (!view) return <main class="sent-review" aria-busy="true" />;

  const count = checked.filter(Boolean).length;
  const submit = async () => {
    if (count === 0) return setOutcome({ kind: 'fix', lines: [t('gmailReview.pickOne')] });
    const requests: TrackFromGmail[] = [];
    const lines: string[] = [];
    const nextWrong = view.proposals.map((): DraftField[] => []);
    view.proposals.forEach((p, i) => {
      const draft = drafts[i];
      if (!checked[i] || !draft) return;
      const built = requestOf(p, draft, view);
      if (built.ok) {
        requests.push(built.request);
        return;
      }
      nextWrong[i] = built.fields;
      const fields = built.fields.map((f) => t(`gmailReview.field.${f}`)).join(', ');
      lines.push(t('gmailReview.fix', { row: i + 1, subject: p.number ?? p.subject, fields }));
    });
    setWrong(nextWrong);
    if (lines.length > 0) return setOutcome({ kind: 'fix', lines });
    setBusy(true);
    const answer = await send('gmail/bulk-track', { rows: requests });
    setBusy(false);
    if (!answer.ok) {
      const reason = answer.error.issues[0]?.message ?? answer.error.message;
      return setOutcome({ kind: 'failed', reason });
    }
    setOutcome({ kind: 'done', count: answer.data.tracked.length });
  };

  if (outcome?.kind === 'done') {
    return (
      <main class="sent-review">
        <h1>{t('gmailReview.title')}</h1>
        <p class="review-done" role="status" data-testid="review-done">
          {t('gmailReview.done', { count: outcome.count })}
        </p>
        <a class="button" href={dashboardUrl}>
          {t('gmailReview.toDashboard')}
        </a>
      </main>
    );
  }

  return (
    <main class="sent-review">
      <h1>{t('gmailReview.title')}</h1>
      <p class="review-lead">{t('gmailReview.lead')}</p>
      {view.alreadyTracked > 0 && (
        <p class="review-hint">{t('gmailReview.skipped', { count: view.alreadyTracked })}</p>
      )}
      <ol class="review-list">
        {view.proposals.map((p, i) => (
          <SentReviewRow
            key={p.threadId}
            t={t}
            lang={lang}
            index={i}
            proposal={p}
            draft={drafts[i] ?? draftOf(p)}
            checked={checked[i] ?? false}
            wrong={wrong[i] ?? []}
            onCheck={(value) => setChecked((all) => all.map((c, j) => (j === i ? value : c)))}
            onChange={(patch) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)))}
          />
        ))}
      </ol>
      {outcome && (
        <div class="review-problems" role="alert" data-testid="review-problems">
          {outcome.kind === 'fix' ? (
            <>
              {outcome.lines.length > 1 || count > 0 ? <p>{t('gmailReview.fixLead')}</p> : null}
              <ul>
                {outcome.lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('gmailReview.failed', { reason: outcome.reason })}</p>
          )}
        </div>
      )}
      <div class="review-actions">
        <button type="button" disabled={busy} onClick={() => void submit()} data-testid="review-submit">
          {t('gmailReview.submit', { count })}
        </button>
      </div>
    </main>
  );
}
