import './popup.css';
import { useEffect, useState } from 'preact/hooks';
import type { EcheanceDb } from '../../core/db/database';
import { stepsLeft, WELCOME_STEPS, welcomePending } from '../../core/identity/welcome';
import type { WelcomeProgress } from '../../core/model';
import { useWelcomeT } from './strings';

/**
 * The welcome's steps in the popup until they are done (issue #19). Read after the first paint
 * from the settings row as stored (no zod: the background validated it when it wrote it), so
 * the popup's first screen and its initial JavaScript are unchanged but for this small file.
 */
export function PopupChecklist({ db }: { db: EcheanceDb | undefined }) {
  const { t, plural } = useWelcomeT();
  const [progress, setProgress] = useState<WelcomeProgress | null>(null);
  useEffect(() => {
    if (!db) return;
    void db.settings.get('settings').then((row) => {
      const stored = (row?.value as { welcome?: Partial<WelcomeProgress> } | undefined)?.welcome;
      setProgress({
        done: Array.isArray(stored?.done) ? stored.done : [],
        dismissed: stored?.dismissed === true,
      });
    });
  }, [db]);
  if (!db || !progress || !welcomePending(progress)) return null;
  return (
    <section
      class="notice welcome-checklist"
      aria-labelledby="welcome-checklist-title"
      data-testid="welcome-checklist"
    >
      <h2 id="welcome-checklist-title">{t('checklist.title')}</h2>
      <ul>
        {WELCOME_STEPS.map((s) => {
          const done = progress.done.includes(s);
          return (
            <li key={s} data-done={done}>
              {done ? '✓ ' : '○ '}
              {t(`step.${s}`)}
              {done && <span class="sr-only"> ({t('checklist.doneMark')})</span>}
            </li>
          );
        })}
      </ul>
      <p>
        <a
          class="button"
          href="/welcome.html"
          target="_blank"
          rel="noreferrer"
          data-testid="welcome-checklist-open"
        >
          {t('checklist.continue')}
        </a>{' '}
        <small class="muted">{plural('checklist.left', stepsLeft(progress))}</small>
      </p>
    </section>
  );
}
