import './import.css';
import { useState } from 'preact/hooks';
import { ALL_COLUMNS, type ColumnChoice, type ColumnPlan, NEEDED_COLUMNS } from '../../core/import/columns';
import type { CsvKey, CsvT } from './csv-area';

const NEEDED: ReadonlySet<string> = new Set(NEEDED_COLUMNS);

/**
 * Which header cell is which column: shown open when a needed column was not recognised (the
 * mapping step), folded under « Modifier les colonnes » otherwise. Applying re-reads the file;
 * the choice is remembered for the file's shape once the import is confirmed.
 */
export function ColumnMapping({
  plan,
  c,
  open,
  onApply,
}: {
  plan: ColumnPlan;
  c: CsvT;
  open: boolean;
  onApply: (choice: ColumnChoice) => void;
}) {
  const [choice, setChoice] = useState<ColumnChoice>(() => ({ ...plan.index }));
  const found = ALL_COLUMNS.filter((col) => plan.index[col] >= 0);
  const form = (
    <form
      class="column-mapping"
      data-testid="column-mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply(choice);
      }}
    >
      <div class="mapping-grid">
        {ALL_COLUMNS.map((col) => (
          <label key={col}>
            <span>
              {c.t(`csv.map.col.${col}` as CsvKey)}
              {NEEDED.has(col) && <small class="muted"> ({c.t('csv.map.needed')})</small>}
            </span>
            <select
              name={col}
              data-testid={`map-${col}`}
              onChange={(e) => setChoice({ ...choice, [col]: Number(e.currentTarget.value) })}
            >
              <option value={-1} selected={(choice[col] ?? -1) === -1}>
                {c.t('csv.map.none')}
              </option>
              {plan.header.map((h, i) => (
                <option key={i} value={i} selected={choice[col] === i}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <button
        type="submit"
        data-testid="map-apply"
        disabled={NEEDED_COLUMNS.some((col) => (choice[col] ?? -1) < 0)}
      >
        {c.t('csv.map.apply')}
      </button>
    </form>
  );
  if (open) {
    return (
      <section class="notice" aria-labelledby="map-title">
        <h3 id="map-title">{c.t('csv.map.title')}</h3>
        <p>{c.t('csv.map.ask')}</p>
        {form}
      </section>
    );
  }
  return (
    <div class="mapping-summary" data-testid="mapping-summary">
      <p class="muted">
        <strong>{c.t('csv.map.title')} :</strong> {c.t(plan.saved ? 'csv.map.saved' : 'csv.map.auto')}
      </p>
      <ul class="mapping-list">
        {found.map((col) => (
          <li key={col} data-column={col}>
            <span class="muted">{plan.header[plan.index[col]]}</span> → {c.t(`csv.map.col.${col}` as CsvKey)}
          </li>
        ))}
      </ul>
      <details>
        <summary>{c.t('csv.map.edit')}</summary>
        {form}
      </details>
    </div>
  );
}
