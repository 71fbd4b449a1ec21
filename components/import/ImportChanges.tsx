import { formatDate } from '../../core/dates';
import type { ClientToAsk } from '../../core/import/kinds';
import type { ImportDiff, RowOutcome } from '../../core/import/update-diff';
import type { ClientKind, Language } from '../../core/model';
import { formatMoney } from '../../core/money';
import type { CsvKey, CsvT } from './csv-area';

type Counted =
  | 'csv.diff.new'
  | 'csv.diff.payments'
  | 'csv.diff.amounts'
  | 'csv.diff.cancelled'
  | 'csv.diff.aside'
  | 'csv.diff.kept'
  | 'csv.diff.same';
const COUNTS: [keyof ImportDiff['counts'], Counted][] = [
  ['new', 'csv.diff.new'],
  ['payments', 'csv.diff.payments'],
  ['amounts', 'csv.diff.amounts'],
  ['cancelled', 'csv.diff.cancelled'],
  ['kept', 'csv.diff.kept'],
  ['same', 'csv.diff.same'],
  ['aside', 'csv.diff.aside'],
];

/** What confirming would change: counts, then one line per invoice already tracked that moves. */
export function ImportChanges({ diff, c, lang }: { diff: ImportDiff; c: CsvT; lang: Language }) {
  const money = (cents: number) => formatMoney(cents, 'EUR', lang);
  const moving = diff.outcomes.filter((o) => o.kind === 'update' || o.kind === 'kept').slice(0, 100);
  return (
    <section aria-labelledby="diff-title" data-testid="import-diff">
      <h3 id="diff-title">{c.t('csv.diff.title')}</h3>
      <ul class="diff-counts">
        {COUNTS.filter(([k]) => diff.counts[k] > 0).map(([k, key]) => (
          <li key={k} data-testid={`diff-${k}`}>
            {c.t(key, { count: diff.counts[k] })}
          </li>
        ))}
      </ul>
      {moving.length > 0 && (
        <table class="preview">
          <tbody>
            {moving.map((o) => (
              <tr key={o.row.line} data-testid="diff-row" data-number={o.row.item!.number}>
                <td>{o.row.item!.number}</td>
                <td>{o.row.item!.clientName}</td>
                <td>{changeText(o, c, money, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function changeText(o: RowOutcome, c: CsvT, money: (cents: number) => string, lang: Language): string {
  if (o.kind === 'kept')
    return c.t('csv.diff.keptRow', { tool: money(o.toolDueCents), ours: money(o.oursCents) });
  if (o.kind !== 'update') return '';
  const { change } = o;
  if (change.cancel) return c.t('csv.diff.cancel');
  const parts: string[] = [];
  if (change.total)
    parts.push(
      c.t('csv.diff.amount', { from: money(change.total.fromCents), to: money(change.total.toCents) }),
    );
  if (change.payment)
    parts.push(
      c.t('csv.diff.payment', {
        amount: money(change.payment.amountCents),
        date: formatDate(change.payment.date, lang),
      }),
    );
  parts.push(c.t('csv.diff.left', { amount: money(Math.max(0, change.outstandingAfterCents)) }));
  return parts.join(' — ');
}

/** « Professionnel ou particulier ? », once per client nothing in the file gives away. */
export function KindQuestions({
  asked,
  answers,
  c,
  onAnswer,
}: {
  asked: ClientToAsk[];
  answers: ReadonlyMap<string, ClientKind>;
  c: CsvT;
  onAnswer: (name: string, kind: ClientKind) => void;
}) {
  if (asked.length === 0) return null;
  return (
    <section aria-labelledby="kind-title" class="notice" data-testid="kind-questions">
      <h3 id="kind-title">{c.t('csv.kind.title')}</h3>
      <p class="muted">{c.t('csv.kind.help')}</p>
      <ul class="kind-list">
        {asked.map((client) => (
          <li key={client.name}>
            <label>
              <span>
                {client.name}{' '}
                <small class="muted">({c.t('csv.kind.invoices', { count: client.invoices })})</small>
              </span>{' '}
              <select
                data-testid="kind-answer"
                data-client={client.name}
                onChange={(e) => onAnswer(client.name, e.currentTarget.value as ClientKind)}
              >
                <option value="" selected={!answers.has(client.name)} disabled>
                  {c.t('csv.kind.choose')}
                </option>
                {(['pro', 'particulier', 'public'] as const).map((k) => (
                  <option key={k} value={k} selected={answers.get(client.name) === k}>
                    {c.t(`csv.kind.${k}` as CsvKey)}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
