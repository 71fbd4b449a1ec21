import type { ComponentChildren } from 'preact';
import { useWelcomeT } from './strings';

/** One option of a welcome question: a radio, its label, and what it opens when chosen. */
export function Choice({
  group,
  value,
  checked,
  onChoose,
  label,
  children,
}: {
  group: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  label: string;
  children?: ComponentChildren;
}) {
  const id = `welcome-${group}-${value}`;
  return (
    <div class="field inline">
      <input
        type="radio"
        id={id}
        name={`welcome-${group}`}
        checked={checked}
        onChange={onChoose}
        data-testid={id}
      />
      <label for={id}>{label}</label>
      {children}
    </div>
  );
}

/** Every step ends the same way: its answers saved, then the next step. */
export function SaveButton({ label, onClick }: { label?: string; onClick?: () => void }) {
  const { t } = useWelcomeT();
  return (
    <p>
      <button type={onClick ? 'button' : 'submit'} onClick={onClick} data-testid="welcome-save">
        {label ?? t('save')}
      </button>
    </p>
  );
}
