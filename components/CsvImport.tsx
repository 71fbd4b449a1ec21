import { useState } from 'preact/hooks';
import { localDate } from '../core/dates';
import type { ColumnChoice, ColumnPlan } from '../core/import/columns';
import type { CsvParseResult, SavedChoices } from '../core/import/csv';
import { newItems } from '../core/import/kinds';
import { updatesOf } from '../core/import/update-diff';
import type { ClientKind } from '../core/model';
import type { Whereabouts } from '../core/model/whereabouts';
import type { Send } from '../core/protocol';
import { MAX_IMPORT_ITEMS } from '../core/protocol/messages';
import { type Translate, useAreaT, useT } from './i18n';
import { inBatches, sendBatches } from './import/batches';
import { ColumnMapping } from './import/ColumnMapping';
import { CsvPreview } from './import/CsvPreview';
import { type CsvT, csvArea } from './import/csv-area';
import {
  type Comparison,
  compareWithTracked,
  type ReadResult,
  readInvoiceFile,
  savedChoices,
} from './import/csv-load';
import { withWhereabouts } from './whereabouts/late-items';

type Parsed = Extract<CsvParseResult, { ok: true }>;
interface Picked {
  name: string;
  bytes: Uint8Array;
}
type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; percent: number; rows: number }
  | { kind: 'mapping'; file: Picked; plan: ColumnPlan }
  | { kind: 'preview'; file: Picked; result: Parsed; comparison: Comparison; choice: ColumnChoice | null }
  | { kind: 'sending'; done: number; total: number }
  | { kind: 'done'; imported: number; skipped: string[]; updated: number }
  | { kind: 'partial'; imported: number; unwritten: number; line: number; message: string }
  | { kind: 'error'; message: string };

/**
 * Choose or drop a CSV or XLSX → read in slices with a progress bar (columns recognised from the
 * headers, or asked once per file shape) → preview: what the file changes on tracked invoices,
 * the clients whose kind is unknown, per-row errors → confirm → written in one transaction
 * (updates and new invoices together), or new invoices in batches of 20,000 past that
 * (batches.ts says what a failure midway leaves, and the screen says it too).
 */
export function CsvImport({ send }: { send: Send }) {
  const { t } = useT();
  const c = useAreaT(csvArea);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [saved, setSaved] = useState<SavedChoices | null>(null);

  async function load(file: Picked, choice: ColumnChoice | null) {
    setStage({ kind: 'reading', percent: 0, rows: 0 });
    const choices = saved ?? (await savedChoices(send));
    setSaved(choices);
    const result = await readInvoiceFile(file, choice, choices, (percent, rows) =>
      setStage({ kind: 'reading', percent, rows }),
    );
    if (!result.ok && result.error === 'missing-columns')
      return setStage({ kind: 'mapping', file, plan: result.plan });
    if (!result.ok) return setStage({ kind: 'error', message: refusal(result, t, c) });
    const comparison = await compareWithTracked(send, result);
    if ('error' in comparison)
      return setStage({ kind: 'error', message: t('error.generic', { message: comparison.error }) });
    setStage({ kind: 'preview', file, result, comparison, choice });
  }

  async function confirm(
    stage: Extract<Stage, { kind: 'preview' }>,
    answers: ReadonlyMap<string, ClientKind>,
    where: Whereabouts,
  ) {
    const { file, result, comparison, choice } = stage;
    const read = newItems(comparison.diff, comparison.asked, answers);
    if (!read) return;
    // The late rows carry the « Où en êtes-vous ? » answer; core/app turns it into events.
    const items = withWhereabouts(read, where, localDate(new Date()));
    const updates = updatesOf(comparison.diff, c.t('csv.diff.note', { file: file.name }));
    const origin = { kind: 'csv' as const, fileName: file.name };
    if (choice) {
      // Confirmed: this file shape's columns are remembered for the next export.
      await send('invoices/import-mapping/save', {
        mapping: { signature: result.plan.signature, columns: choice },
      });
      setSaved(null);
    }
    setStage({ kind: 'sending', done: 0, total: items.length + updates.length });
    if (updates.length > 0 && items.length <= MAX_IMPORT_ITEMS) {
      const answer = await send('invoices/import-update', { updates, items, origin });
      if (!answer.ok)
        return setStage({ kind: 'error', message: t('error.generic', { message: answer.error.message }) });
      const { imported, skippedExisting, updated } = answer.data;
      return setStage({ kind: 'done', imported, skipped: skippedExisting, updated });
    }
    let updated = 0;
    if (updates.length > 0) {
      const answer = await send('invoices/import-update', { updates, items: [], origin });
      if (!answer.ok)
        return setStage({ kind: 'error', message: t('error.generic', { message: answer.error.message }) });
      updated = answer.data.updated;
    }
    const outcome = await sendBatches(
      send,
      inBatches(items, MAX_IMPORT_ITEMS),
      () => origin,
      ({ done, total }) => setStage({ kind: 'sending', done, total }),
    );
    if (outcome.ok)
      return setStage({ kind: 'done', imported: outcome.imported, skipped: outcome.skipped, updated });
    if (outcome.firstUnwritten === 0)
      return setStage({ kind: 'error', message: t('error.generic', { message: outcome.message }) });
    const lineOf = new Map(result.rows.map((r) => [r.item?.number, r.line]));
    setStage({
      kind: 'partial',
      imported: outcome.imported,
      unwritten: outcome.unwritten,
      line: lineOf.get(items[outcome.firstUnwritten]!.number) ?? 0,
      message: outcome.message,
    });
  }

  const pick = (file: File) =>
    file.arrayBuffer().then((b) => load({ name: file.name, bytes: new Uint8Array(b) }, null));
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
          if (file) pick(file);
        }}
      >
        <span class="button">{t('import.csv.choose')}</span> <span class="muted">{t('import.csv.drop')}</span>
        <input
          type="file"
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          class="sr-only"
          data-testid="csv-input"
          disabled={stage.kind === 'reading' || stage.kind === 'sending'}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) pick(file);
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
      {stage.kind === 'mapping' && (
        <ColumnMapping plan={stage.plan} c={c} open onApply={(choice) => load(stage.file, choice)} />
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
          {stage.updated > 0 && (
            <p data-testid="import-updated">{c.t('csv.done.updated', { count: stage.updated })}</p>
          )}
          {stage.skipped.length > 0 && (
            <p>{t('import.skipped', { count: stage.skipped.length, numbers: stage.skipped.join(', ') })}</p>
          )}
        </div>
      )}
      {stage.kind === 'preview' && (
        <CsvPreview
          key={stage.file.name}
          result={stage.result}
          comparison={stage.comparison}
          c={c}
          mapping={
            <ColumnMapping
              key={stage.result.plan.signature}
              plan={stage.result.plan}
              c={c}
              open={false}
              onApply={(choice) => load(stage.file, choice)}
            />
          }
          onConfirm={(answers, where) => confirm(stage, answers, where)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </section>
  );
}

function refusal(result: Exclude<ReadResult, { ok: true }>, t: Translate, c: CsvT): string {
  switch (result.error) {
    case 'empty':
      return t('import.error.empty');
    case 'unterminated-quote':
      return t('import.error.unterminatedQuote', { line: result.line });
    case 'malformed-quote':
      return c.t('csv.error.malformedQuote', { line: result.line });
    case 'line-too-long':
      return c.t('csv.error.lineTooLong', { line: result.line });
    case 'unreadable-xlsx':
      return c.t('csv.error.xlsx');
    default:
      return t('import.error.missingColumns', { columns: result.missingColumns.join(', ') });
  }
}
