import './import.css';
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { formatDate, localDate } from '../../core/dates';
import { whereaboutsMany as whereArea } from '../../core/i18n/catalogue/whereabouts-many';
import { translator } from '../../core/i18n/translate';
import type { CsvParseResult, CsvRow } from '../../core/import/csv';
import type { ClientKind } from '../../core/model';
import type { Whereabouts } from '../../core/model/whereabouts';
import { formatMoney } from '../../core/money';
import { MAX_IMPORT_ITEMS } from '../../core/protocol/messages';
import { type Translate, useT } from '../i18n';
import { lateCount } from '../whereabouts/late-items';
import { NOTHING_YET, WhereaboutsField } from '../whereabouts/WhereaboutsField';
import type { CsvKey, CsvT } from './csv-area';
import type { Comparison } from './csv-load';
import { ImportChanges, KindQuestions } from './ImportChanges';

const PREVIEW_LIMIT = 100;

/**
 * The file before anything is written: the columns read, what it changes on tracked invoices,
 * the clients whose kind must be asked, then its rows (errors first: they are what the user must
 * read before confirming). Counted once per file: a million rows are not walked on every render.
 */
export function CsvPreview({
  result,
  comparison,
  c,
  mapping,
  onConfirm,
  onCancel,
}: {
  result: Extract<CsvParseResult, { ok: true }>;
  comparison: Comparison;
  c: CsvT;
  mapping: ComponentChildren;
  onConfirm: (answers: ReadonlyMap<string, ClientKind>, where: Whereabouts) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const [answers, setAnswers] = useState<ReadonlyMap<string, ClientKind>>(new Map());
  // « Où en êtes-vous ? »: one answer for the file's late new rows (issue #19).
  const [where, setWhere] = useState<Whereabouts>(NOTHING_YET);
  const today = localDate(new Date());
  const { rows } = result;
  const { diff, asked } = comparison;
  const { valid, shown } = useMemo(() => {
    const errors = rows.filter((r) => !r.item);
    const firstOk = rows.filter((r) => r.item).slice(0, PREVIEW_LIMIT);
    return {
      valid: rows.length - errors.length,
      shown: [...errors.slice(0, PREVIEW_LIMIT), ...firstOk].slice(0, PREVIEW_LIMIT),
    };
  }, [rows]);
  const invalid = rows.length - valid;
  const aside = useMemo(
    () => new Set(diff.outcomes.flatMap((o) => (o.kind === 'aside' ? [o.row.line] : []))),
    [diff],
  );
  const updates = diff.outcomes.filter((o) => o.kind === 'update').length;
  const late = useMemo(
    () =>
      lateCount(
        diff.outcomes.flatMap((o) => (o.kind === 'new' && o.row.item ? [o.row.item] : [])),
        today,
      ),
    [diff, today],
  );
  const changes = diff.counts.new + updates;
  const pending = asked.filter((a) => !answers.has(a.name)).length;
  const plain = updates === 0 && asked.length === 0;
  return (
    <div data-testid="import-preview">
      <p role="status" data-testid="import-summary">
        {t('import.preview.summary', {
          valid: t('import.preview.valid', { count: valid }),
          invalid: t('import.preview.invalid', { count: invalid }),
        })}
      </p>
      {mapping}
      <ImportChanges diff={diff} c={c} lang={lang} />
      <KindQuestions
        asked={asked}
        answers={answers}
        c={c}
        onAnswer={(name, kind) => setAnswers(new Map(answers).set(name, kind))}
      />
      {late > 0 && (
        <WhereaboutsField
          lang={lang}
          value={where}
          onChange={setWhere}
          today={today}
          name="csv"
          ask={translator(whereArea, lang)('where.askAll', { count: late })}
        />
      )}
      {valid > MAX_IMPORT_ITEMS && (
        <p class="muted" data-testid="import-batches">
          {c.t('csv.batches', { max: MAX_IMPORT_ITEMS })}
        </p>
      )}
      {pending > 0 && (
        <p class="muted" data-testid="kind-pending">
          {c.t('csv.kind.pending', { count: pending })}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          onClick={() => onConfirm(answers, where)}
          disabled={changes === 0 || pending > 0}
          data-testid="import-confirm"
        >
          {plain ? t('import.confirm', { count: diff.counts.new }) : c.t('csv.confirm', { count: changes })}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
      <table class="preview">
        <thead>
          <tr>
            <th scope="col">{t('import.preview.line')}</th>
            <th scope="col">{t('invoice.number')}</th>
            <th scope="col">{t('invoice.client')}</th>
            <th scope="col" class="num">
              {c.t('csv.row.left')}
            </th>
            <th scope="col">{t('invoice.dueDate')}</th>
            <th scope="col">{c.t('csv.row.status')}</th>
            <th scope="col">{t('import.preview.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.line} data-testid={row.item ? 'preview-ok' : 'preview-error'} data-line={row.line}>
              <td>{row.line}</td>
              <td>{row.item?.number}</td>
              <td>{row.item?.clientName}</td>
              <td class="num" data-testid="preview-left">
                {row.item ? formatMoney(row.item.amountDueCents, row.item.currency, lang) : ''}
              </td>
              <td>{row.item ? formatDate(row.item.dueDate, lang) : ''}</td>
              <td>{row.facts.status ? c.t(`csv.status.${row.facts.status}` as CsvKey) : ''}</td>
              <td class={row.item ? '' : 'error'}>
                {!row.item
                  ? describeProblems(row, t)
                  : aside.has(row.line)
                    ? c.t('csv.row.aside')
                    : t('import.preview.ok')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function describeProblems(row: CsvRow, t: Translate): string {
  return row.problems.map((p) => t(`problem.${p.code}`, { column: p.column, value: p.value })).join(' ; ');
}
