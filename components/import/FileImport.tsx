import './import.css';
import { useRef, useState } from 'preact/hooks';
import { browserExtractDeps } from '../../core/extract/browser';
import { type ExtractionResult, extractionError, MAX_FILE_BYTES } from '../../core/extract/errors';
import { extractFromPdf } from '../../core/extract/pdf';
import { extractFromXml } from '../../core/extract/xml';
import type { Whereabouts } from '../../core/model/whereabouts';
import type { Send } from '../../core/protocol';
import { useT } from '../i18n';
import { LateQuestion } from '../whereabouts/LateQuestion';
import { NOTHING_YET } from '../whereabouts/WhereaboutsField';
import { confirmDrafts, type ImportOutcome } from './confirm';
import { type Draft, draftFromExtraction, errorDraft } from './draft';
import { byAttention, ImportPreview } from './ImportPreview';

type Kind = 'pdf' | 'xml' | null;

function kindOf(file: File): Kind {
  if (/\.pdf$/i.test(file.name) || file.type === 'application/pdf') return 'pdf';
  if (/\.xml$/i.test(file.name) || /[/+]xml$/.test(file.type)) return 'xml';
  return null;
}

/** One file → one preview row. Nothing here throws: a bad file is a row with its reason. */
async function analyse(file: File): Promise<Draft> {
  const kind = kindOf(file);
  const fallback = { kind: 'pdf', fileName: file.name } as const;
  if (!kind) return errorDraft(file.name, fallback, { kind: 'unsupported' });
  if (file.size > MAX_FILE_BYTES) return errorDraft(file.name, fallback, { kind: 'too_large' });
  let result: ExtractionResult;
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const deps = await browserExtractDeps();
    result = kind === 'pdf' ? await extractFromPdf(bytes, deps) : extractFromXml(bytes, deps.xmlParser);
  } catch {
    result = extractionError(kind === 'pdf' ? 'corrupted' : 'malformed');
  }
  // A PDF read from its text is a PDF; one carrying Factur-X/UBL XML, or an XML file, an e-invoice.
  const structured = result.ok && result.format !== 'text';
  const origin = { kind: structured || kind === 'xml' ? 'einvoice' : 'pdf', fileName: file.name } as const;
  if (!result.ok) return errorDraft(file.name, origin, { kind: 'extraction', error: result.error });
  return draftFromExtraction(file.name, origin, result.invoice, result.format, result.disagreements);
}

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'preview' }
  | { kind: 'sending' }
  | { kind: 'done'; outcome: Extract<ImportOutcome, { ok: true }> };

/** Drop many PDFs or e-invoice XML files → progress → a preview per file → one write. */
export function FileImport({ send }: { send: Send }) {
  const { t, lang } = useT();
  // « Où en êtes-vous ? » for the late invoices of this preview (issue #19).
  const [where, setWhere] = useState<Whereabouts>(NOTHING_YET);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const files = useRef(new Map<string, File>());

  async function load(list: FileList | File[]) {
    const chosen = Array.from(list);
    if (chosen.length === 0) return;
    files.current.clear();
    setDrafts([]);
    const found: Draft[] = [];
    setStage({ kind: 'reading', done: 0, total: chosen.length });
    for (const [i, file] of chosen.entries()) {
      const draft = await analyse(file);
      files.current.set(draft.key, file);
      found.push(draft);
      setStage({ kind: 'reading', done: i + 1, total: chosen.length });
    }
    setDrafts(byAttention(found));
    setStage({ kind: 'preview' });
  }

  async function confirm() {
    setFailure(null);
    setStage({ kind: 'sending' });
    const outcome = await confirmDrafts(send, drafts, (key) => files.current.get(key) ?? null, where);
    if (!outcome.ok) {
      // Batches before the failed one are written (batches.ts): said, never hidden.
      const partial = outcome.imported > 0 ? ` ${t('preview.partial', { count: outcome.imported })}` : '';
      setFailure(`${outcome.message}${partial}`);
      setStage({ kind: 'preview' });
      return;
    }
    setDrafts([]);
    files.current.clear();
    setStage({ kind: 'done', outcome });
  }

  return (
    <section aria-labelledby="file-import-title" class="file-import" data-testid="file-import">
      <h2 id="file-import-title">{t('fileImport.title')}</h2>
      <p class="muted">{t('fileImport.help')}</p>
      <label
        class="dropzone"
        data-testid="file-dropzone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          if (e.dataTransfer?.files) load(e.dataTransfer.files);
        }}
      >
        <span class="button">{t('fileImport.choose')}</span> <span class="muted">{t('fileImport.drop')}</span>
        <input
          type="file"
          multiple
          accept=".pdf,.xml,application/pdf,application/xml,text/xml"
          class="sr-only"
          data-testid="file-input"
          onChange={(e) => {
            const list = e.currentTarget.files;
            if (list) load(Array.from(list));
            e.currentTarget.value = '';
          }}
        />
      </label>
      {stage.kind === 'reading' && (
        <div class="progress" role="status" data-testid="file-progress">
          <progress max={stage.total} value={stage.done} />{' '}
          {t('fileImport.progress', { done: stage.done, total: stage.total })}
        </div>
      )}
      {failure && (
        <p class="error" role="alert">
          {t('preview.error', { message: failure })}
        </p>
      )}
      {stage.kind === 'done' && (
        <div class="notice" role="status" data-testid="file-import-done">
          <p>{t('preview.done', { count: stage.outcome.imported })}</p>
          {stage.outcome.skipped.length > 0 && (
            <p>
              {t('preview.skipped', {
                count: stage.outcome.skipped.length,
                numbers: stage.outcome.skipped.join(', '),
              })}
            </p>
          )}
        </div>
      )}
      {stage.kind === 'preview' && drafts.length > 0 && (
        <LateQuestion lang={lang} drafts={drafts} value={where} onChange={setWhere} name="files" />
      )}
      {(stage.kind === 'preview' || stage.kind === 'sending') && drafts.length > 0 && (
        <ImportPreview
          drafts={drafts}
          busy={stage.kind === 'sending'}
          onChange={(key, patch) => {
            setFailure(null);
            setDrafts((all) => all.map((d) => (d.key === key ? { ...d, ...patch } : d)));
          }}
          onConfirm={confirm}
          onCancel={() => {
            setDrafts([]);
            setStage({ kind: 'idle' });
          }}
        />
      )}
    </section>
  );
}
