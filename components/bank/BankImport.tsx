import './bank.css';
import { useState } from 'preact/hooks';
import { proposeBankPayments, readStatements } from '../../core/app/bank-statement';
import type { BankLine, BankReadError, CsvShape, Proposal } from '../../core/bank';
import type { EcheanceDb } from '../../core/db';
import type { XmlParser } from '../../core/extract/xml-dom';
import { bank } from '../../core/i18n/catalogue/bank';
import type { Translate } from '../../core/i18n/translate';
import type { Send } from '../../core/protocol';
import { useAreaT } from '../i18n';
import { BankReview } from './BankReview';
import { MappingForm } from './MappingForm';

interface Pending {
  name: string;
  bytes: Uint8Array;
  shape: CsvShape;
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'mapping'; pending: Pending[] }
  | { kind: 'review'; proposals: Proposal[]; files: Map<string, string> }
  | { kind: 'done'; recorded: number };

interface Loaded {
  lines: { file: string; line: BankLine }[];
  notes: string[];
  errors: string[];
}

export function errorText(t: Translate<typeof bank>, file: string, e: BankReadError): string {
  const message =
    e.code === 'bad-date' || e.code === 'bad-amount' || e.code === 'missing'
      ? t(`bank.error.${e.code}`, { row: e.row ?? '', field: e.field ?? '', value: e.value ?? '' })
      : e.code === 'malformed'
        ? t('bank.error.malformed', { message: e.message })
        : t(`bank.error.${e.code}`);
  return t('bank.fileError', { file, message });
}

/**
 * Statements in, payments out: read each file here (nothing leaves the page), ask for the
 * columns of an unknown CSV once, match the credits against the open invoices, and let the
 * user review before one `bank/record` message writes the confirmed payments.
 */
export function BankImport({ db, send }: { db: EcheanceDb; send: Send }) {
  const { t } = useAreaT(bank);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [loaded, setLoaded] = useState<Loaded>({ lines: [], notes: [], errors: [] });

  async function read(files: { name: string; bytes: Uint8Array }[], previous: Loaded) {
    const xmlParser = new DOMParser() as unknown as XmlParser;
    const next: Loaded = {
      lines: [...previous.lines],
      notes: [...previous.notes],
      errors: [...previous.errors],
    };
    const pending: Pending[] = [];
    for (const r of await readStatements(db, files, xmlParser)) {
      const f = r.file;
      if (r.kind === 'read') {
        next.lines.push(...r.credits.map((line) => ({ file: f.name, line })));
        next.notes.push(t('bank.read', { count: r.credits.length, file: f.name, format: r.formatName }));
      } else if (r.kind === 'needs-mapping') {
        pending.push({ ...f, shape: r.shape });
      } else next.errors.push(errorText(t, f.name, r.error));
    }
    setLoaded(next);
    if (pending.length > 0) return setStage({ kind: 'mapping', pending });
    await review(next);
  }

  async function review(data: Loaded) {
    const proposals = await proposeBankPayments(
      db,
      data.lines.map((l) => l.line),
    );
    const fileOf = new Map(data.lines.map(({ file, line }) => [line, file]));
    const files = new Map(proposals.map((p) => [p.hash, fileOf.get(p.line) ?? '']));
    setStage({ kind: 'review', proposals, files });
  }

  async function load(list: FileList | null) {
    if (!list || list.length === 0) return;
    setStage({ kind: 'reading' });
    const files = await Promise.all(
      Array.from(list).map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
    );
    await read(files, { lines: [], notes: [], errors: [] });
  }

  return (
    <section aria-labelledby="bank-title" class="bank-import" data-testid="bank-import">
      <h2 id="bank-title">{t('bank.title')}</h2>
      <p class="muted">{t('bank.help')}</p>
      <label
        class="dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          load(e.dataTransfer?.files ?? null);
        }}
      >
        <span class="button">{t('bank.choose')}</span> <span class="muted">{t('bank.drop')}</span>
        <input
          type="file"
          multiple
          accept=".csv,.ofx,.qfx,.xml,.txt,text/csv,application/xml"
          class="sr-only"
          data-testid="bank-input"
          onChange={(e) => {
            load(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {stage.kind === 'reading' && <p role="status">{t('bank.reading')}</p>}
      {loaded.notes.length > 0 && (
        <ul class="bank-notes" data-testid="bank-notes">
          {loaded.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {loaded.errors.length > 0 && (
        <ul class="error" role="alert" data-testid="bank-errors">
          {loaded.errors.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      {stage.kind === 'mapping' && (
        <MappingForm
          key={stage.pending[0]!.name}
          file={stage.pending[0]!.name}
          shape={stage.pending[0]!.shape}
          send={send}
          onSaved={() => read(stage.pending, loaded)}
        />
      )}
      {stage.kind === 'review' && (
        <BankReview
          db={db}
          send={send}
          proposals={stage.proposals}
          files={stage.files}
          onDone={(recorded) => setStage({ kind: 'done', recorded })}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
      {stage.kind === 'done' && (
        <p role="status" class="ok" data-testid="bank-done">
          {t('bank.done', { count: stage.recorded })}
        </p>
      )}
    </section>
  );
}
