import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

export interface SaveStatus {
  ok: boolean;
  text: string;
}

interface SectionProps {
  id: string;
  title: string;
  intro?: string;
  status: SaveStatus | null;
  onSave: () => void;
  children: ComponentChildren;
  /** Rendered after the section's form: content with forms of its own (forms cannot nest). */
  after?: ComponentChildren;
}

/** One settings section: its own form and its own « Enregistrer », its result announced. */
export function Section({ id, title, intro, status, onSave, children, after }: SectionProps) {
  const { t } = useT();
  return (
    <section aria-labelledby={`${id}-title`} class="settings-section" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        {children}
        <div class="actions">
          <button type="submit" data-testid={`save-${id}`}>
            {t('set.save')}
          </button>
          {status && (
            <p
              class={status.ok ? 'saved' : 'error'}
              role={status.ok ? 'status' : 'alert'}
              data-testid={`status-${id}`}
            >
              {status.text}
            </p>
          )}
        </div>
      </form>
      {after}
    </section>
  );
}
