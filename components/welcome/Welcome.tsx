import { useEffect, useState } from 'preact/hooks';
import { type EcheanceDb, getSettings } from '../../core/db';
import { resumeStep, WELCOME_STEPS, withStepDone } from '../../core/identity/welcome';
import { type Scenario, type Settings, SettingsSchema, type WelcomeStep } from '../../core/model';
import type { Send } from '../../core/protocol';
import { IdentityStep } from './IdentityStep';
import { ImportStep } from './ImportStep';
import { MentionsStep } from './MentionsStep';
import { StyleStep } from './StyleStep';
import { useWelcomeT } from './strings';

export interface StepProps {
  settings: Settings;
  /** Saves the patch with this step marked done; false (and a message shown) when refused. */
  save: (patch: Partial<Settings>) => Promise<boolean>;
}

/**
 * The first-run welcome (issue #19): four steps, each saved on its own so that closing the tab
 * loses nothing; it reopens on the first step not saved. Every write goes through the
 * background ('settings/save'), which validates it.
 */
export function Welcome({ db, send, dashboardUrl }: { db: EcheanceDb; send: Send; dashboardUrl: string }) {
  const { t } = useWelcomeT();
  const [settings, setSettings] = useState<Settings>();
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const [step, setStep] = useState<WelcomeStep | 'done'>('identity');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void Promise.all([getSettings(db), db.scenarios.toArray()]).then(([s, list]) => {
      setSettings(s);
      setScenarios(list);
      setStep(resumeStep(s.welcome));
    });
  }, [db]);
  if (!settings) return null;

  const index = step === 'done' ? WELCOME_STEPS.length : WELCOME_STEPS.indexOf(step);
  const go = (to: WelcomeStep | 'done') => {
    setStatus(null);
    setStep(to);
    scrollTo(0, 0);
  };
  const next = () => go(WELCOME_STEPS[index + 1] ?? 'done');

  async function write(patch: Partial<Settings>): Promise<boolean> {
    const parsed = SettingsSchema.safeParse({ ...settings, ...patch });
    if (!parsed.success) {
      setStatus({ ok: false, text: t('saveFailed', { message: parsed.error.issues[0]?.message ?? '' }) });
      return false;
    }
    const answer = await send('settings/save', { settings: parsed.data });
    if (!answer.ok) {
      setStatus({ ok: false, text: t('saveFailed', { message: answer.error.message }) });
      return false;
    }
    setSettings(parsed.data);
    return true;
  }

  const save = async (patch: Partial<Settings>) => {
    if (step === 'done' || !settings) return false;
    const ok = await write({ ...patch, welcome: withStepDone(settings.welcome, step) });
    if (ok) next();
    return ok;
  };
  // Later: the progress is kept and the popup lists what is left. Skipped: the popup stops asking.
  const later = () => window.close();
  const skipAll = () =>
    write({ welcome: { ...settings.welcome, dismissed: true } }).then((ok) => ok && window.close());

  const props = { settings, save };
  return (
    <main class="welcome settings" data-testid="welcome">
      <header>
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <ol class="welcome-steps">
          {WELCOME_STEPS.map((s, i) => (
            <li key={s} aria-current={s === step ? 'step' : undefined}>
              <button type="button" class="link" onClick={() => go(s)} data-testid={`welcome-goto-${s}`}>
                {i + 1}. {t(`step.${s}`)}
                {settings.welcome.done.includes(s) ? ' ✓' : ''}
              </button>
            </li>
          ))}
        </ol>
      </header>
      {step !== 'done' && (
        <section
          class="settings-section"
          aria-labelledby="welcome-step-title"
          data-testid={`welcome-step-${step}`}
        >
          <p class="muted">{t('stepOf', { n: index + 1, total: WELCOME_STEPS.length })}</p>
          <h2 id="welcome-step-title">{t(`step.${step}`)}</h2>
          {step === 'identity' && <IdentityStep {...props} />}
          {step === 'mentions' && <MentionsStep {...props} />}
          {step === 'style' && <StyleStep {...props} scenarios={scenarios} />}
          {step === 'import' && <ImportStep {...props} dashboardUrl={dashboardUrl} />}
          {status && (
            <p role="status" class={status.ok ? 'ok' : 'error'} data-testid="welcome-status">
              {status.text}
            </p>
          )}
          <p class="welcome-secondary">
            {index > 0 && (
              <button type="button" class="secondary" onClick={() => go(WELCOME_STEPS[index - 1]!)}>
                {t('back')}
              </button>
            )}
            <button type="button" class="secondary" onClick={next} data-testid="welcome-skip">
              {t('skip')}
            </button>
            <button type="button" class="link" onClick={later} data-testid="welcome-later">
              {t('later')}
            </button>
            <button type="button" class="link" onClick={skipAll} data-testid="welcome-skip-all">
              {t('skipAll')}
            </button>
          </p>
        </section>
      )}
      {step === 'done' && (
        <section class="settings-section" data-testid="welcome-done">
          <h2>{t('finish')}</h2>
          <p>{t('done')}</p>
          <a class="button" href={`${dashboardUrl}#today`}>
            {t('openDashboard')}
          </a>
        </section>
      )}
    </main>
  );
}
