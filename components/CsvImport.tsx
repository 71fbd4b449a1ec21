import { useState } from 'preact/hooks';
import { formatDate } from '../core/dates';
import { type CsvParseResult, type CsvRow, parseInvoiceCsv } from '../core/import/csv';
import { decodeCsvBytes } from '../core/import/decode';
import { formatMoney } from '../core/money';
import type { Send } from '../core/protocol';
import { type Translate, useT } from './i18n';

type Stage =
  | { kind: 'idle' }
  | { kind: 'preview'; fileName: string; result: Extract<CsvParseResult, { ok: true }> }
  | { kind: 'busy' }
  | { kind: 'done'; imported: number; skipped: string[] }
  | { kind: 'error'; message: string };

const PREVIEW_LIMIT = 100;

/** Choose or drop a CSV → preview with per-row errors → confirm → one write, all or nothing. */
export function CsvImport({ send }: { send: Send }) {
  const { t } = useT();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function load(file: File) {
    const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    const result = parseInvoiceCsv(text);
    if (!result.ok) {
      return setStage({
        kind: 'error',
        message:
          result.error === 'empty'
            ? t('import.error.empty')
            : result.error === 'unterminated-quote'
              ? t('import.error.unterminatedQuote', { line: result.line })
              : t('import.error.missingColumns', { columns: result.missingColumns.join(', ') }),
      });
    }
    setStage({ kind: 'preview', fileName: file.name, result });
  }

  async function confirm(fileName: string, rows: CsvRow[]) {
    const items = rows.flatMap((r) => (r.item ? [r.item] : []));
    setStage({ kind: 'busy' });
    const answer = await send('invoices/import', { items, origin: { kind: 'csv', fileName } });
    setStage(
      answer.ok
        ? { kind: 'done', imported: answer.data.imported, skipped: answer.data.skippedExisting }
        : { kind: 'error', message: t('error.generic', { message: answer.error.message }) },
    );
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
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) load(file);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {stage.kind === 'error' && (
        <p class="error" role="alert">
          {stage.message}
        </p>
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
          onConfirm={() => confirm(stage.fileName, stage.result.rows)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </section>
  );
}

function Preview({
  rows,
  onConfirm,
  onCancel,
}: {
  rows: CsvRow[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useT();
  const valid = rows.filter((r) => r.item).length;
  const invalid = rows.length - valid;
  // Errors first: they are what the user must read before confirming.
  const shown = [...rows.filter((r) => !r.item), ...rows.filter((r) => r.item)].slice(0, PREVIEW_LIMIT);
  return (
    <div data-testid="import-preview">
      <p role="status" data-testid="import-summary">
        {t('import.preview.summary', { valid, invalid })}
      </p>
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
