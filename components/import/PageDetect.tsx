import './import.css';
import { useState } from 'preact/hooks';
import type { PageSnapshot } from '../../core/extract/html';
import type { Whereabouts } from '../../core/model/whereabouts';
import type { Send } from '../../core/protocol';
import { useBaseT } from '../i18n/base';
import { lazyComponent } from '../lazy';
import { LateQuestion } from '../whereabouts/LateQuestion';
import { NOTHING_YET } from '../whereabouts/WhereaboutsField';
import type { ImportOutcome } from './confirm';
import type { Draft } from './draft';

/**
 * The popup shows this button at once; the extraction (core/extract), the draft rules and the
 * preview load on the first click, so the popup paints without them.
 */
const ImportPreview = lazyComponent(async () => (await import('./ImportPreview')).ImportPreview);
const loadDetection = () =>
  Promise.all([import('../../core/extract/html'), import('./draft'), ImportPreview.preload()]);

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'preview'; draft: Draft }
  | { kind: 'sending'; draft: Draft }
  | { kind: 'done'; outcome: Extract<ImportOutcome, { ok: true }> }
  | { kind: 'problem'; message: string };

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/**
 * « Détecter la facture sur cette page »: the active tab's snapshot (read through activeTab +
 * scripting by `detect`) → core/extract → the same preview as the file import, one row → track.
 */
export function PageDetect({ send, detect }: { send: Send; detect: () => Promise<PageSnapshot> }) {
  const { t, lang } = useBaseT();
  // « Où en êtes-vous ? » for the late invoices of this preview (issue #19).
  const [where, setWhere] = useState<Whereabouts>(NOTHING_YET);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function run() {
    setStage({ kind: 'reading' });
    let page: PageSnapshot;
    let modules: Awaited<ReturnType<typeof loadDetection>>;
    try {
      [page, modules] = await Promise.all([detect(), loadDetection()]);
    } catch {
      return setStage({ kind: 'problem', message: t('pageDetect.unreadable') });
    }
    const [{ extractFromPage }, { draftFromExtraction }] = modules;
    if (!isWebUrl(page.url)) return setStage({ kind: 'problem', message: t('pageDetect.unreadable') });
    const result = extractFromPage(page);
    if (!result.ok) return setStage({ kind: 'problem', message: t('pageDetect.nothing') });
    const label = page.title.trim() || new URL(page.url).host;
    const draft = draftFromExtraction(label, { kind: 'web', url: page.url }, result.invoice, result.format);
    setStage({ kind: 'preview', draft });
  }

  async function confirm(draft: Draft) {
    setStage({ kind: 'sending', draft });
    const { confirmDrafts } = await import('./confirm');
    const outcome = await confirmDrafts(send, [draft], () => null, where);
    if (outcome.ok) setStage({ kind: 'done', outcome });
    else setStage({ kind: 'problem', message: t('preview.error', { message: outcome.message }) });
  }

  return (
    <section class="page-detect" data-testid="page-detect">
      {(stage.kind === 'idle' || stage.kind === 'problem' || stage.kind === 'done') && (
        <button type="button" class="secondary" onClick={run} data-testid="page-detect-button">
          {t('pageDetect.button')}
        </button>
      )}
      {stage.kind === 'reading' && <p role="status">{t('pageDetect.busy')}</p>}
      {stage.kind === 'problem' && (
        <p class="error" role="alert" data-testid="page-detect-problem">
          {stage.message}
        </p>
      )}
      {stage.kind === 'done' && (
        <p class="notice" role="status" data-testid="page-detect-done">
          {stage.outcome.imported > 0
            ? t('preview.done', { count: stage.outcome.imported })
            : t('card.already')}
        </p>
      )}
      {stage.kind === 'preview' && (
        <LateQuestion lang={lang} drafts={[stage.draft]} value={where} onChange={setWhere} name="page" />
      )}
      {(stage.kind === 'preview' || stage.kind === 'sending') && (
        <ImportPreview
          stacked
          drafts={[stage.draft]}
          busy={stage.kind === 'sending'}
          onChange={(_, patch) => setStage({ kind: 'preview', draft: { ...stage.draft, ...patch } })}
          onConfirm={() => confirm(stage.draft)}
          onCancel={() => setStage({ kind: 'idle' })}
        />
      )}
    </section>
  );
}
