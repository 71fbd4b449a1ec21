import { useMemo, useState } from 'preact/hooks';
import {
  allocationsOf,
  type Decision,
  defaultDecision,
  type MatchLevel,
  type OpenInvoice,
  type Proposal,
  paymentsToRecord,
} from '../../core/bank';
import { numberKey } from '../../core/bank/tokens';
import { formatDate } from '../../core/dates';
import { type EcheanceDb, openInvoicesForMatching } from '../../core/db';
import { bank } from '../../core/i18n/catalogue/bank';
import { formatMoney } from '../../core/money';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';
import { useLiveQuery } from '../use-live-query';

interface ReviewProps {
  db: EcheanceDb;
  send: Send;
  proposals: Proposal[];
  /** The file each proposal's line came from, by hash. */
  files: Map<string, string>;
  onDone: (recorded: number) => void;
  onCancel: () => void;
}

const LEVELS: MatchLevel[] = ['sure', 'likely', 'none'];

/** Each credit with its proposal, grouped sure / likely / none; the user ticks, corrects, records. */
export function BankReview({ db, send, proposals, files, onDone, onCancel }: ReviewProps) {
  const { t, lang } = useAreaT(bank);
  const open = useLiveQuery(() => openInvoicesForMatching(db), [db]);
  const invoices = useMemo(() => new Map((open ?? []).map((i) => [i.id, i])), [open]);
  const byNumber = useMemo(() => new Map((open ?? []).map((i) => [numberKey(i.number), i])), [open]);
  const [decisions, setDecisions] = useState(
    () => new Map(proposals.map((p) => [p.hash, defaultDecision(p)])),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const count = (level: MatchLevel) => proposals.filter((p) => p.level === level).length;
  const toRecord = paymentsToRecord(proposals, decisions, invoices);
  const decide = (hash: string, d: Partial<Decision>) =>
    setDecisions(new Map(decisions).set(hash, { ...decisions.get(hash)!, ...d }));

  async function confirm() {
    setBusy(true);
    setFailure(null);
    const payments = toRecord.map((p) => ({ ...p, file: (files.get(p.hash) ?? '').slice(0, 300) }));
    const answer = await send('bank/record', { payments });
    setBusy(false);
    if (!answer.ok) return setFailure(t('bank.failed', { message: answer.error.message }));
    onDone(answer.data.recorded);
  }

  if (proposals.length === 0) {
    return (
      <p role="status" data-testid="bank-nothing-new">
        {t('bank.nothingNew')}
      </p>
    );
  }
  const money = (cents: number, currency: string) => formatMoney(cents, currency, lang);
  const paysText = (inv: OpenInvoice | undefined, amount: number) =>
    inv
      ? t('bank.pays', { number: inv.number, client: inv.clientName, amount: money(amount, inv.currency) })
      : '';

  return (
    <div class="bank-review" data-testid="bank-review">
      <p role="status" data-testid="bank-summary">
        {t('bank.summary', {
          sure: t('bank.sure', { count: count('sure') }),
          likely: t('bank.likely', { count: count('likely') }),
          none: t('bank.none', { count: count('none') }),
        })}
      </p>
      {LEVELS.filter((level) => count(level) > 0).map((level) => (
        <section key={level} aria-labelledby={`bank-${level}`}>
          <h3 id={`bank-${level}`}>{t(`bank.section.${level}`)}</h3>
          <div class="table-scroll">
            <table class="preview" data-testid={`bank-${level}`}>
              <thead>
                <tr>
                  <th scope="col">{t('bank.col.take')}</th>
                  <th scope="col">{t('bank.col.line')}</th>
                  <th scope="col" class="num">
                    {t('bank.col.amount')}
                  </th>
                  <th scope="col">{t('bank.col.pays')}</th>
                  <th scope="col">{t('bank.col.why')}</th>
                </tr>
              </thead>
              <tbody>
                {proposals
                  .filter((p) => p.level === level)
                  .map((p) => {
                    const d = decisions.get(p.hash)!;
                    const allocations = allocationsOf(p, d.choice, invoices);
                    const choiceValue = d.choice.kind === 'invoice' ? d.choice.invoiceId : d.choice.kind;
                    const options = [...new Set(p.candidates)].filter((id) => invoices.has(id));
                    return (
                      <tr key={p.hash} data-testid="bank-row" data-level={p.level}>
                        <td>
                          <input
                            type="checkbox"
                            checked={d.include}
                            aria-label={t('bank.col.take')}
                            data-testid="bank-take"
                            onChange={(e) => decide(p.hash, { include: e.currentTarget.checked })}
                          />
                        </td>
                        <td>
                          <span class="bank-date">{formatDate(p.line.date, lang)}</span> {p.line.label}
                          {[p.line.counterparty, p.line.reference]
                            .filter((x): x is string => !!x && !p.line.label.includes(x))
                            .map((x) => (
                              <span key={x} class="muted">
                                {' '}
                                · {x}
                              </span>
                            ))}
                          <span class="muted bank-file"> ({files.get(p.hash)})</span>
                        </td>
                        <td class="num">{money(p.line.amountCents, p.line.currency)}</td>
                        <td>
                          <ul class="bank-pays" data-testid="bank-pays">
                            {allocations.map((a) => {
                              const inv = invoices.get(a.invoiceId);
                              const rest = (inv?.outstandingCents ?? 0) - a.amountCents;
                              return (
                                <li key={a.invoiceId}>
                                  {paysText(inv, a.amountCents)}
                                  {rest > 0 && inv && (
                                    <span class="muted">
                                      {' '}
                                      — {t('bank.partial', { rest: money(rest, inv.currency) })}
                                    </span>
                                  )}
                                </li>
                              );
                            })}
                          </ul>
                          <label class="bank-choice">
                            <span class="sr-only">{t('bank.choice.label')}</span>
                            <select
                              value={choiceValue}
                              data-testid="bank-choice"
                              onChange={(e) => {
                                const v = e.currentTarget.value;
                                const choice =
                                  v === 'proposed' || v === 'none'
                                    ? ({ kind: v } as const)
                                    : ({ kind: 'invoice', invoiceId: v } as const);
                                decide(p.hash, { choice, include: v !== 'none' });
                              }}
                            >
                              {p.allocations.length > 0 && (
                                <option value="proposed">{t('bank.choice.proposed')}</option>
                              )}
                              {options.map((id) => (
                                <option key={id} value={id}>
                                  {invoices.get(id)!.number} — {invoices.get(id)!.clientName}
                                </option>
                              ))}
                              {d.choice.kind === 'invoice' && !options.includes(d.choice.invoiceId) && (
                                <option value={d.choice.invoiceId}>
                                  {invoices.get(d.choice.invoiceId)?.number}
                                </option>
                              )}
                              <option value="none">{t('bank.choice.none')}</option>
                            </select>
                          </label>
                          <label class="bank-other">
                            {t('bank.choice.other')}{' '}
                            <input
                              size={12}
                              data-testid="bank-number"
                              onChange={(e) => {
                                const inv = byNumber.get(numberKey(e.currentTarget.value));
                                e.currentTarget.setCustomValidity(inv ? '' : t('bank.choice.unknownNumber'));
                                e.currentTarget.reportValidity();
                                if (inv)
                                  decide(p.hash, {
                                    choice: { kind: 'invoice', invoiceId: inv.id },
                                    include: true,
                                  });
                              }}
                            />
                          </label>
                        </td>
                        <td class="muted">{p.reasons.map((r) => t(`bank.reason.${r}`)).join(', ')}</td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          onClick={confirm}
          disabled={busy || toRecord.length === 0}
          data-testid="bank-confirm"
        >
          {busy ? t('bank.sending') : t('bank.confirm', { count: toRecord.length })}
        </button>
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>
          {t('bank.cancel')}
        </button>
      </div>
    </div>
  );
}
