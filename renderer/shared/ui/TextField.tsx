import type { ReactNode, Ref } from 'react';

type TextFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  testId: string;
  type?: string;
  maxLength?: number;
  placeholder?: string;
  /** Focused when its dialog opens (Dialog looks for data-autofocus). */
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
};

/** A labelled one-line input, as every dialog of the call screen uses it. */
export function TextField({ id, label, value, onChange, testId, type, maxLength, placeholder, autoFocus, inputRef }: TextFieldProps) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="input"
        type={type}
        data-testid={testId}
        data-autofocus={autoFocus ? 'true' : undefined}
        maxLength={maxLength}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
