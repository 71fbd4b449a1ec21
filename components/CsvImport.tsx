import { useMemo, useState } from 'preact/hooks';
import { formatDate } from '../core/dates';
import { csv } from '../core/i18n/catalogue/csv';
import type { Translate as AreaTranslate } from '../core/i18n/translate';
import type { CsvParseResult, CsvRow } from '../core/import/csv';
import { parseInvoiceCsvBytes } from '../core/import/csv-file';
import { formatMoney } from '../core/money';
import type { Send } from '../core/protocol';
import { MAX_IMPORT_ITEMS } from '../core/protocol/messages';
import { type Translate, useAreaT, useT } from './i18n';
import { inBatches, sendBatches } from './import/batches';

type Parsed = Extract<CsvParseResult, { ok: true }>;
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; percent: number; rows: number }
  | { kind: 'preview'; fileName: string; result: Parsed }
  | { kind: 'sending'; done: number; total: number }
  | { kind: 'done'; imported: number; skipped: string[] }
  | { kind: 'partial'; imported: number; unwritten: number; line: number; message: string }
  | { kind: 'error'; message: string };

const PREVIEW_LIMIT = 100;

/**
 * Choose or drop a CSV → read in slices with a progress bar → preview with per-row errors →
 * confirm → written in one transaction, or in batches of 20,000 rows past that (batches.ts
 * says what a failure midway leaves, and the screen says it too).
 */
export function CsvImport({ send }: { send: Send }) {
  const { t } = useT();
  const c = useAreaT(csv);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function load(file: File) {
    setStage({ kind: 'reading', percent: 0, rows: 0 });
    const result = await parseInvoiceCsvBytes(new Uint8Array(await file.arrayBuffer()), {
      onProgress: (p) =>
        setStage({
          kind: 'reading',
          percent: Math.floor((100 * p.bytesRead) / Math.max(1, p.bytesTotal)),
          rows: p.rowsRead,
        }),
    });
    if (!result.ok) return setStage({ kind: 'error', message: refusal(result, t, c) });
    setStage({ kind: 'preview', fileName: file.name, result });
  }

  async function confirm(fileName: string, rows: CsvRow[]) {
    const ready = rows.filter((r) => r.item);
    const items = ready.map((r) => r.item!);
    setStage({ kind: 'sending', done: 0, total: items.length });
    const outcome = await sendBatches(
      send,
      inBatches(items, MAX_IMPORT_ITEMS),
      () => ({ kind: 'csv', fileName }),
      ({ done, total }) => setStage({ kind: 'sending', done, total }),
    );
    if (outcome.ok) return setStage({ kind: 'done', imported: outcome.imported, skipped: outcome.skipped });
    if (outcome.firstUnwritten === 0)
      return setStage({ kind: 'error', message: t('error.generic', { message: outcome.message }) });
    setStage({
      kind: 'partial',
      imported: outcome.imported,
      unwritten: outcome.unwritten,
      line: ready[outcome.firstUnwritten]!.line,
      message: outcome.message,
    });
  }

  return (
    <section aria-labelledby="csv-title" id="import">
      <h2 id="csv-title">{t('import.csv.title')}</h2>
      <p class="muted">{t('import.csv.help')}</p>
      <label
        class="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) load(file);
        }}
      >
        <span class="button">{t('import.csv.choose')}</span> <span class="muted">{t('import.csv.drop')}</span>
        <input
          type="file"
          accept=".csv,text/csv"
          class="sr-only"
          data-testid="csv-input"
          disabled={stage.kind === 'reading' || stage.kind === 'sending'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) load(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {stage.kind === 'reading' && (
        <div class="progress" role="status" data-testid="csv-progress">
          <progress max={100} value={stage.percent} /> {c.t('csv.reading', { percent: stage.percent })} —{' '}
          {c.t('csv.rowsRead', { count: stage.rows })}
        </div>
      )}
      {stage.kind === 'sending' && (
        <div class="progress" role="status" data-testid="csv-progress">
          <progress max={stage.total} value={stage.done} />{' '}
          {c.t('csv.sending', { count: stage.total, done: stage.done })}
        </div>
      )}
      {stage.kind === 'error' && (
        <p class="error" role="alert">
          {stage.message}
        </p>
      )}
      {stage.kind === 'partial' && (
        <div class="error" role="alert" data-testid="import-partial">
          <p>{c.t('csv.partial.written', { count: stage.imported })}</p>
          <p>
            {c.t('csv.partial.unwritten', {
              count: stage.unwritten,
              line: stage.line,
              message: stage.message,
            })}
          </p>
          <p>{c.t('csv.partial.retry')}</p>
        </div>
      )}
      {stage.kind === 'done' && (
        <div class="notice" role="status" data-testid="import-done">
          <p>{t('import.done', { count: stage.imported })}</p>
          {stage.skipped.length > 0 && (
            <p>{t('import.skipped', { count: stage.skipped.length, numbers: stage.skipped.join(', ') })}</p>
          )}
        </div>
      )}
      {stage.kind === 'preview' && (
        <Preview
          rows={stage.result.rows}
          c={c}
          onConfirm={() => confirm(stage.fileName, stage.result.rows)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </section>
  );
}

function refusal(
  result: Exclude<CsvParseResult, { ok: true }>,
  t: Translate,
  c: { t: AreaTranslate<typeof csv> },
): string {
  switch (result.error) {
    case 'empty':
      return t('import.error.empty');
    case 'unterminated-quote':
      return t('import.error.unterminatedQuote', { line: result.line });
    case 'malformed-quote':
      return c.t('csv.error.malformedQuote', { line: result.line });
    case 'line-too-long':
      return c.t('csv.error.lineTooLong', { line: result.line });
    default:
      return t('import.error.missingColumns', { columns: result.missingColumns.join(', ') });
  }
}

function Preview({
  rows,
  c,
  onConfirm,
  onCancel,
}: {
  rows: CsvRow[];
  c: { t: AreaTranslate<typeof csv> };
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  // Counted once per file: a million rows are not walked again on every render.
  const { valid, shown } = useMemo(() => {
    // Errors first: they are what the user must read before confirming.
    const errors = rows.filter((r) => !r.item);
    const firstOk = rows.filter((r) => r.item).slice(0, PREVIEW_LIMIT);
    return {
      valid: rows.length - errors.length,
      shown: [...errors.slice(0, PREVIEW_LIMIT), ...firstOk].slice(0, PREVIEW_LIMIT),
    };
  }, [rows]);
  const invalid = rows.length - valid;
  return (
    <div data-testid="import-preview">
      <p role="status" data-testid="import-summary">
        {t('import.preview.summary', {
          valid: t('import.preview.valid', { count: valid }),
          invalid: t('import.preview.invalid', { count: invalid }),
        })}
      </p>
      {valid > MAX_IMPORT_ITEMS && (
        <p class="muted" data-testid="import-batches">
          {c.t('csv.batches', { max: MAX_IMPORT_ITEMS })}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onConfirm} disabled={valid === 0} data-testid="import-confirm">
          {t('import.confirm', { count: valid })}
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
              {t('invoice.amountDue')}
            </th>
            <th scope="col">{t('invoice.dueDate')}</th>
            <th scope="col">{t('import.preview.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.line} data-testid={row.item ? 'preview-ok' : 'preview-error'} data-line={row.line}>
              <td>{row.line}</td>
              <td>{row.item?.number}</td>
              <td>{row.item?.clientName}</td>
              <td class="num">
                {row.item ? formatMoney(row.item.amountDueCents, row.item.currency, lang) : ''}
              </td>
              <td>{row.item ? formatDate(row.item.dueDate, lang) : ''}</td>
              <td class={row.item ? '' : 'error'}>
                {row.item ? t('import.preview.ok') : describeProblems(row, t)}
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
