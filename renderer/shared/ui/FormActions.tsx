import type { ReactNode } from 'react';

type FormActionsProps = {
  /** The primary button's words; its key (Enter) is shown after them. */
  submit: ReactNode;
  submitTestId: string;
  /** While a save is on its way: a second Enter must not send it twice. */
  busy: boolean;
  onSubmit(): void;
  /** The way out (Esc); "Cancel" unless the dialog goes back to something. */
  cancel?: ReactNode;
  onCancel(): void;
  /** A hint after the buttons (the dialog's keys). */
  children?: ReactNode;
};

/** A form dialog's two buttons, each with its key, as every call dialog ends. */
export function FormActions({ submit, submitTestId, busy, onSubmit, cancel = 'Cancel', onCancel, children }: FormActionsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-primary" data-testid={submitTestId} disabled={busy} onClick={onSubmit}>
        {submit} <kbd>Enter</kbd>
      </button>
      <button type="button" className="button" onClick={onCancel}>
        {cancel} <kbd>Esc</kbd>
      </button>
      {children}
    </div>
  );
}
