import type { ComponentChildren } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown next to the field and announced: the input points at it with aria-describedby. */
  error?: string | null;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'number' | 'time';
  multiline?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text' | 'email' | 'tel';
  autoComplete?: string;
  min?: number;
  max?: number;
  size?: number;
  /** A free text (a name, a source) outside a grid: as wide as the line allows, up to 40em. */
  wide?: boolean;
  children?: ComponentChildren;
}

/** A labelled input with its hint and its error, for every settings form. */
export function Field(props: FieldProps) {
  const { id, label, value, onInput, error, hint } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    autoComplete: props.autoComplete ?? 'off',
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${props.wide ? ' wide' : ''}${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          min={props.min}
          max={props.max}
          size={props.size}
        />
      )}
      {props.children}
      {hint && (
        <small id={hintId} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={errorId} class="error" data-testid={`${id}-error`}>
          {error}
        </small>
      )}
    </div>
  );
}
