import type { KeyboardEvent, ReactNode } from 'react';

export type KeyedChoice<T extends string> = {
  id: T;
  /** The key that picks it: a digit or a letter, shown on the chip. */
  key: string;
  label: ReactNode;
  hint?: ReactNode;
  className?: string;
};

type Props<T extends string> = {
  name: string;
  label: string;
  choices: readonly KeyedChoice<T>[];
  value: T | null;
  onChange(value: T): void;
  /** Enter on the group: usually "pick and go on". */
  onEnter?(): void;
  autoFocus?: boolean;
  testId?: string;
  layout?: 'row' | 'column';
};

/**
 * A radio group a rep drives by key: each choice's key picks it, ←/→/↑/↓ move, Enter
 * confirms. One tab stop for the whole group (roving tabindex), as for native radios.
 */
export function KeyedChoices<T extends string>({ name, label, choices, value, onChange, onEnter, autoFocus, testId, layout = 'row' }: Props<T>) {
  const index = choices.findIndex((c) => c.id === value);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const byKey = choices.find((c) => c.key.toLowerCase() === e.key.toLowerCase());
    if (byKey) {
      e.preventDefault();
      e.stopPropagation();
      onChange(byKey.id);
      return;
    }
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && choices.length > 0) {
      e.preventDefault();
      e.stopPropagation();
      const from = index >= 0 ? index : step > 0 ? -1 : choices.length;
      const next = choices[(from + step + choices.length) % choices.length];
      if (next) onChange(next.id);
      return;
    }
    if (e.key === 'Enter' && onEnter) {
      e.preventDefault();
      e.stopPropagation();
      onEnter();
    }
  };
  return (
    <div className="choices-field">
      <span className="field-label" id={`${name}-label`}>
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${name}-label`}
        className={`choices choices-${layout}`}
        data-testid={testId}
        tabIndex={0}
        data-autofocus={autoFocus ? 'true' : undefined}
        onKeyDown={onKeyDown}
      >
        {choices.map((c) => (
          <div
            key={c.id}
            role="radio"
            aria-checked={c.id === value}
            className={`choice${c.id === value ? ' is-picked' : ''}${c.className ? ` ${c.className}` : ''}`}
            data-choice={c.id}
            onClick={() => onChange(c.id)}
          >
            <kbd>{c.key.toUpperCase()}</kbd>
            <span className="choice-label">{c.label}</span>
            {c.hint && <span className="choice-hint">{c.hint}</span>}
          </div>
        ))}
      </div>
    </div>
  );
}
