import { formatDate } from '../../core/dates';
import { describeRate } from '../../core/law/rate-kind';
import type { Language } from '../../core/model';
import type { PlainKey, Translate } from '../i18n';
import { useT } from '../i18n';
import { RateKindField } from '../rate/RateKindField';
import { CrossCheck } from './CrossCheck';
import {
  type ClientKind,
  type Draft,
  droppedFields,
  type EditableField,
  guessedFields,
  problemsOf,
} from './draft';

interface PreviewProps {
  drafts: Draft[];
  busy: boolean;
  onChange: (key: string, patch: Partial<Draft>) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Rows as stacked cards, for the narrow popup. */
  stacked?: boolean;
}

const FIELD_LABEL: Record<EditableField, PlainKey> = {
  number: 'preview.number',
  clientName: 'preview.client',
  clientKind: 'preview.kind',
  amount: 'preview.amount',
  dueDate: 'preview.dueDate',
  rate: 'preview.rate',
};

/**
 * One row per file (or page): what was found, editable cells for what is missing, the error of
 * a file that gives nothing. Rows stay where they are while the user edits them (see
 * `byAttention` for the order they are given in).
 */
export function ImportPreview({ drafts, busy, onChange, onConfirm, onCancel, stacked }: PreviewProps) {
  const { t, lang } = useT();
  const ready = drafts.filter((d) => !d.error && d.include && problemsOf(d).length === 0).length;
  const errors = drafts.filter((d) => d.error).length;
  const incomplete = drafts.filter((d) => !d.error && problemsOf(d).length > 0).length;
  const withoutKind = drafts.filter((d) => !d.error && !d.clientKind);
  return (
    <div class={`import-preview ${stacked ? 'stacked' : ''}`} data-testid="file-preview">
      <p role="status" data-testid="file-preview-summary">
        {t('preview.summary', { count: ready, incomplete, errors })}
      </p>
      {withoutKind.length > 1 && (
        <p class="kind-all">
          {t('preview.kindAll')}{' '}
          {(['pro', 'particulier'] as const).map((k) => (
            <button
              key={k}
              type="button"
              class="secondary"
              onClick={() => {
                for (const d of withoutKind) onChange(d.key, { clientKind: k });
              }}
            >
              {t(`preview.kind.${k}`)}
            </button>
          ))}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={onConfirm} disabled={busy || ready === 0} data-testid="file-confirm">
          {busy ? t('preview.sending') : t('preview.confirm', { count: ready })}
        </button>
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>
          {t('preview.cancel')}
        </button>
      </div>
      <div class="table-scroll">
        <table class="preview import-table">
          <thead>
            <tr>
              <th scope="col">{t('preview.include')}</th>
              <th scope="col">{t('preview.file')}</th>
              <th scope="col">{t('preview.number')}</th>
              <th scope="col">{t('preview.client')}</th>
              <th scope="col">{t('preview.kind')}</th>
              <th scope="col" class="num">
                {t('preview.amount')}
              </th>
              <th scope="col">{t('preview.dueDate')}</th>
              <th scope="col">{t('preview.source')}</th>
              <th scope="col">{t('preview.status')}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d) => (
              <Row key={d.key} draft={d} t={t} lang={lang} onChange={(patch) => onChange(d.key, patch)} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** What a row, and the cells that edit it, receive. */
interface RowProps {
  draft: Draft;
  t: Translate;
  lang: Language;
  onChange: (patch: Partial<Draft>) => void;
}

function Row({ draft: d, t, lang, onChange }: RowProps) {
  if (d.error) {
    return (
      <tr data-testid="file-row-error" data-file={d.label}>
        <td />
        <td class="file">{d.label}</td>
        <td colSpan={6} />
        <td class="error">{errorText(d, t, lang)}</td>
      </tr>
    );
  }
  const problems = problemsOf(d);
  const dropped = droppedFields(d);
  const asked = (f: EditableField) => d.missing.includes(f);
  const guessed = guessedFields(d);
  const guess = (f: EditableField) =>
    guessed.includes(f) && (
      <small class="guess" data-testid="guess">
        {t('preview.guess')}
      </small>
    );
  const text = (field: 'number' | 'clientName' | 'amount', label: PlainKey, extra = '') => (
    <input
      type="text"
      class={`cell ${extra} ${problems.includes(field) ? 'invalid' : ''}`}
      aria-label={`${t(label)} — ${d.label}`}
      name={field}
      value={d[field]}
      onInput={(e) => onChange({ [field]: e.currentTarget.value })}
    />
  );
  const row = (
    <tr data-testid="file-row" data-file={d.label} class={problems.length > 0 ? 'incomplete' : ''}>
      <td data-label={t('preview.include')}>
        <input
          type="checkbox"
          checked={d.include}
          aria-label={`${t('preview.include')} — ${d.label}`}
          onChange={(e) => onChange({ include: e.currentTarget.checked })}
        />
      </td>
      <td class="file" title={d.label} data-label={t('preview.file')}>
        {d.label}
      </td>
      <td class={asked('number') ? 'asked' : ''} data-label={t('preview.number')}>
        {text('number', 'preview.number')}
        {guess('number')}
      </td>
      <td class={asked('clientName') ? 'asked' : ''} data-label={t('preview.client')}>
        {text('clientName', 'preview.client', 'wide')}
        {guess('clientName')}
      </td>
      <td class={asked('clientKind') ? 'asked' : ''} data-label={t('preview.kind')}>
        <select
          name="clientKind"
          class={problems.includes('clientKind') ? 'invalid' : ''}
          aria-label={`${t('preview.kind')} — ${d.label}`}
          onChange={(e) => onChange({ clientKind: (e.currentTarget.value || null) as ClientKind | null })}
        >
          {/* `selected` per option, not `value` on the select: it survives the rows' re-sorting. */}
          <option value="" selected={!d.clientKind}>
            {t('preview.kind.choose')}
          </option>
          <option value="pro" selected={d.clientKind === 'pro'}>
            {t('preview.kind.pro')}
          </option>
          <option value="particulier" selected={d.clientKind === 'particulier'}>
            {t('preview.kind.particulier')}
          </option>
          <option value="public" selected={d.clientKind === 'public'}>
            {t('preview.kind.public')}
          </option>
        </select>
        <RateCell draft={d} t={t} lang={lang} onChange={onChange} />
      </td>
      <td class={`num ${asked('amount') ? 'asked' : ''}`} data-label={t('preview.amount')}>
        {text('amount', 'preview.amount', 'amount')}
        {guess('amount')}
        {d.extracted?.currency && d.extracted.currency.value !== 'EUR' && (
          <span class="muted"> {d.extracted.currency.value}</span>
        )}
      </td>
      <td class={asked('dueDate') ? 'asked' : ''} data-label={t('preview.dueDate')}>
        <input
          type="date"
          name="dueDate"
          class={`cell ${problems.includes('dueDate') ? 'invalid' : ''}`}
          aria-label={`${t('preview.dueDate')} — ${d.label}`}
          value={d.dueDate}
          onInput={(e) => onChange({ dueDate: e.currentTarget.value, dueFromTerms: false })}
        />
        {guess('dueDate')}
        {d.dueFromTerms && d.extracted?.paymentTerms && (
          <small class="derived" data-testid="due-from-terms">
            {t('preview.fromTerms', { terms: d.extracted.paymentTerms.value })}
          </small>
        )}
      </td>
      <td data-label={t('preview.source')} data-testid="row-source">
        {d.source ? t(`preview.source.${d.source}`) : ''}
      </td>
      <td class={problems.length > 0 ? 'error' : 'ok'} data-label={t('preview.status')}>
        {problems.length > 0
          ? t('preview.missing', { fields: problems.map((f) => t(FIELD_LABEL[f])).join(', ') })
          : t('preview.ready')}
        {problems.length === 0 && d.dueDate && <span class="sr-only">{formatDate(d.dueDate, lang)}</span>}
        {dropped.length > 0 && (
          <small class="derived" data-testid="dropped">
            {t('preview.dropped', {
              fields: [...new Set(dropped.map((f) => t(`preview.dropped.${f}`)))].join(', '),
            })}
          </small>
        )}
      </td>
    </tr>
  );
  if (d.disagreements.length === 0) return row;
  return (
    <>
      {row}
      <CrossCheck disagreements={d.disagreements} lang={lang} columns={9} />
    </>
  );
}

function errorText(d: Draft, t: Translate, lang: Language): string {
  const e = d.error!;
  if (e.kind === 'extraction') return lang === 'en' ? e.error.message_en : e.error.message_fr;
  if (e.kind === 'credit_note') return t('fileImport.creditNote');
  return t(e.kind === 'too_large' ? 'fileImport.tooLarge' : 'fileImport.unsupported');
}

/** Errors first, then rows to complete, then ready ones: sorted once, when the files are read. */
export function byAttention(drafts: Draft[]): Draft[] {
  const rank = (d: Draft) => (d.error ? 0 : problemsOf(d).length > 0 ? 1 : 2);
  return [...drafts].sort((a, b) => rank(a) - rank(b));
}

/**
 * The penalty rate the document states (its kind: fixed, N × the legal rate, ECB + N), shown
 * under the client's type and corrected in place (issue #14); closed by default, rows stay small.
 */
function RateCell({ draft: d, t, lang, onChange }: RowProps) {
  const read = d.extracted?.contractualRate?.value ?? null;
  const current = d.rate === undefined ? read : d.rate;
  return (
    <details class="rate-cell" data-testid="row-rate">
      <summary>
        {t('preview.rate')} :{' '}
        {current === 'invalid' ? '…' : current ? describeRate(current, lang) : t('preview.rate.none')}
      </summary>
      <RateKindField
        lang={lang}
        name={`row-${d.key}`}
        initial={current === 'invalid' ? null : current}
        onChange={(rate) => onChange({ rate })}
      />
    </details>
  );
}
