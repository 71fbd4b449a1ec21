import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

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

/**
 * One settings section, saved as it changes (issue #20: no « Enregistrer » button): a field is
 * checked and saved when it is committed — a text field when it loses the focus or on Enter, a
 * choice (list, box, radio) at once. The section's own check runs first; its result is one
 * discreet « Enregistré » or the errors next to the fields, which say what to type.
 */
export function Section({ id, title, intro, status, onSave, children, after }: SectionProps) {
  // `change` reaches the form in the same event as the field's own handler, before its new
  // value is rendered: the save runs on the next task, with the latest render's `onSave`.
  const latest = useRef(onSave);
  latest.current = onSave;
  const saveSoon = () => setTimeout(() => latest.current(), 0);
  return (
    <section aria-labelledby={`${id}-title`} class="settings-section" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p class="muted">{intro}</p>}
      <form
        noValidate
        onChange={saveSoon}
        onSubmit={(e) => {
          e.preventDefault();
          saveSoon();
        }}
      >
        {children}
        <p
          class={status ? (status.ok ? 'saved' : 'error') : 'saved'}
          role={status?.ok === false ? 'alert' : 'status'}
          data-testid={`status-${id}`}
        >
          {status?.text ?? ''}
        </p>
      </form>
      {after}
    </section>
  );
}
