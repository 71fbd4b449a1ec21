import './auto-backup.css';
import { useState } from 'preact/hooks';
import { readAutoBackup } from '../../core/app/auto-backup-view';
import { freshStatus, parseKeep } from '../../core/backup/schedule';
import { formatDate } from '../../core/dates';
import { type EcheanceDb, setBackupTarget } from '../../core/db';
import { autoBackup } from '../../core/i18n/catalogue/auto-backup';
import {
  askDownloadsPermission,
  askFolderPermission,
  canPickFolder,
  pickFolder,
} from '../../core/platform/backup-folder';
import type { Send } from '../../core/protocol';
import { useAreaT, useT } from '../i18n';
import { useLiveQuery } from '../use-live-query';

type Note = { ok: boolean; text: string } | null;

/**
 * The daily backup: the folder chosen once (Chrome), or Downloads (Firefox); what the last run
 * wrote; the days kept, saved as typed. The background writes (core/app/auto-backup.ts); this
 * page only keeps the folder the user chose, since a folder handle cannot travel in a message.
 */
export function AutoBackup({ db, send }: { db: EcheanceDb; send: Send }) {
  const { t, lang } = useAreaT(autoBackup);
  const { t: tc } = useT();
  const view = useLiveQuery(() => readAutoBackup(db), [db]);
  const [note, setNote] = useState<Note>(null);
  const [keepText, setKeepText] = useState<string | null>(null);
  const [keepError, setKeepError] = useState<string | null>(null);
  const [keepSaved, setKeepSaved] = useState(false);
  if (!view) return null;
  const picker = canPickFolder();

  async function runNow() {
    const answer = await send('backup/auto/run', {});
    if (!answer.ok)
      return setNote({ ok: false, text: tc('error.generic', { message: answer.error.message }) });
    const o = answer.data.outcome;
    if (o === 'written' || o === 'unchanged') setNote({ ok: true, text: t(`ab.outcome.${o}`) });
    else setNote(null); // The status line says what stands in the way.
  }

  async function choose() {
    setNote(null);
    const now = new Date().toISOString();
    if (!picker) {
      if (!(await askDownloadsPermission())) return setNote({ ok: false, text: t('ab.refused') });
      const name = t('ab.downloads-name');
      await setBackupTarget(db, { kind: 'downloads', name, chosenAt: now }, freshStatus(name));
      return runNow();
    }
    const handle = await pickFolder('readwrite');
    if (!handle) return;
    await setBackupTarget(
      db,
      { kind: 'directory', name: handle.name, handle, chosenAt: now },
      freshStatus(handle.name),
    );
    await runNow();
  }

  async function allowAgain(handle: unknown) {
    if ((await askFolderPermission(handle)) === 'granted') await runNow();
    else setNote({ ok: false, text: t('ab.refused') });
  }

  async function saveKeep(typed: string) {
    const keep = parseKeep(typed);
    setKeepSaved(false);
    if (keep === null) return setKeepError(t('ab.keep.error'));
    setKeepError(null);
    const answer = await send('settings/patch', { patch: { autoBackupKeep: keep } });
    if (!answer.ok) return setKeepError(tc('error.generic', { message: answer.error.message }));
    setKeepText(null);
    setKeepSaved(true);
  }

  return (
    <section class="auto-backup" aria-labelledby="auto-backup-title" data-testid="auto-backup">
      <h3 id="auto-backup-title">{t('ab.title')}</h3>
      <p class="muted">{t(picker ? 'ab.help' : 'ab.help.downloads')}</p>
      {view.state === 'off' ? (
        <div class="actions">
          <button type="button" onClick={choose} data-testid="auto-backup-choose">
            {t(picker ? 'ab.choose' : 'ab.turn-on.downloads')}
          </button>
        </div>
      ) : (
        <>
          <p data-testid="auto-backup-folder">{t('ab.folder', { folder: view.folder })}</p>
          <p data-testid="auto-backup-last">
            {view.last
              ? t('ab.last', {
                  date: formatDate(view.last.day, lang),
                  time: view.last.time,
                  file: view.last.file,
                })
              : t('ab.none-yet')}
          </p>
          {view.problem === 'permission' && (
            <div class="notice" role="alert" data-testid="auto-backup-permission">
              <p>{t('ab.permission', { folder: view.folder })}</p>
              <button type="button" onClick={() => allowAgain(view.handle)} data-testid="auto-backup-allow">
                {t('ab.allow')}
              </button>
            </div>
          )}
          {view.problem === 'failed' && (
            <p class="error" role="alert" data-testid="auto-backup-failed">
              {t('ab.failed', { detail: view.detail })}
            </p>
          )}
          <div class="keep-field">
            <label for="auto-backup-keep">{t('ab.keep')}</label>
            <input
              id="auto-backup-keep"
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={keepText ?? String(view.keep)}
              aria-invalid={keepError ? true : undefined}
              aria-describedby={`auto-backup-keep-hint${keepError ? ' auto-backup-keep-error' : ''}`}
              onInput={(e) => {
                setKeepText(e.currentTarget.value);
                setKeepSaved(false);
              }}
              onChange={(e) => saveKeep(e.currentTarget.value)}
            />
            <small id="auto-backup-keep-hint" class="muted">
              {t('ab.keep.help')}
            </small>
            {keepError && (
              <small id="auto-backup-keep-error" class="error" data-testid="auto-backup-keep-error">
                {keepError}
              </small>
            )}
            {keepSaved && (
              <small role="status" class="saved" data-testid="auto-backup-keep-saved">
                {t('ab.saved')}
              </small>
            )}
          </div>
          <div class="actions">
            <button type="button" onClick={runNow} data-testid="auto-backup-now">
              {t('ab.now')}
            </button>
            {picker && (
              <button type="button" class="secondary" onClick={choose} data-testid="auto-backup-change">
                {t('ab.change')}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              onClick={() => setBackupTarget(db, null, null)}
              data-testid="auto-backup-stop"
            >
              {t('ab.stop')}
            </button>
          </div>
        </>
      )}
      {note && (
        <p
          class={note.ok ? 'notice' : 'error'}
          role={note.ok ? 'status' : 'alert'}
          data-testid="auto-backup-note"
        >
          {note.text}
        </p>
      )}
    </section>
  );
}
