import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../core/api/commands.js';
import { useAppStore } from '../../app/StoreContext.js';
import { TextField } from '../../shared/ui/TextField.js';
import type { EnrolInput } from './syncSlice.js';
import { selectEnrolPhase, selectSyncActionError } from './selectors.js';
import { FormError } from '../../shared/ui/FormError.js';

type Field = keyof EnrolInput;

const EMPTY_MESSAGE: Record<Field, string> = {
  serverUrl: 'Enter the server address.',
  code: 'Enter the enrolment code.',
  deviceName: 'Name this desk.',
};

/**
 * Enrolment: the server's address, the one-time code a team lead gave, and a name for this
 * desk. The server answers in a moment; meanwhile the form says so, then shows the server's
 * own words if it refused (a wrong or used code), under the form, where the rep is looking.
 * Enter in any field submits (a form's own submit).
 */
export function EnrolForm({ status }: { status: SyncStatus }) {
  const phase = useAppStore(selectEnrolPhase);
  const actionError = useAppStore(selectSyncActionError);
  const enrol = useAppStore((s) => s.enrol);
  const [form, setForm] = useState<EnrolInput>({ serverUrl: status.server ?? '', code: '', deviceName: status.device.name ?? '' });
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const busy = phase !== 'idle';
  // Shown after a sign-out replaced the buttons: the keyboard comes to the first empty field.
  useEffect(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const first = (['serverUrl', 'code', 'deviceName'] as const).find((f) => form[f] === '') ?? 'serverUrl';
    document.getElementById(`enrol-${first}`)?.focus();
    // Only on mount: later, the rep decides where the keyboard is.
  }, []);

  const submit = () => {
    if (busy) return;
    const problems: Partial<Record<Field, string>> = {};
    for (const field of ['serverUrl', 'code', 'deviceName'] as const) if (form[field].trim() === '') problems[field] = EMPTY_MESSAGE[field];
    setMissing(problems);
    const first = (['serverUrl', 'code', 'deviceName'] as const).find((f) => problems[f]);
    if (first) {
      document.getElementById(`enrol-${first}`)?.focus();
      return;
    }
    void enrol({ serverUrl: form.serverUrl.trim(), code: form.code.trim(), deviceName: form.deviceName.trim() });
  };
  const field = (name: Field, label: string, placeholder: string, autoFocus = false) => (
    <div className="enrol-field">
      <TextField
        id={`enrol-${name}`}
        label={label}
        value={form[name]}
        onChange={(value) => {
          setForm({ ...form, [name]: value });
          if (missing[name]) setMissing({ ...missing, [name]: undefined });
        }}
        testId={`enrol-${name}`}
        placeholder={placeholder}
        autoFocus={autoFocus}
        maxLength={name === 'code' ? 64 : name === 'deviceName' ? 100 : 500}
      />
      {missing[name] && (
        <p className="field-error" data-testid={`enrol-${name}-error`}>
          {missing[name]}
        </p>
      )}
    </div>
  );

  const error = busy ? null : (actionError ?? status.enrolError);
  return (
    <form
      className="enrol"
      data-testid="enrol-form"
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {field('serverUrl', 'Server address', 'https://heard.example.com', form.serverUrl === '')}
      {field('code', 'One-time code', 'from your team lead', form.serverUrl !== '')}
      {field('deviceName', 'Desk name', 'Front desk 3')}
      {busy && (
        <p className="enrol-pending" role="status" data-testid="enrol-pending">
          <span className="spinner" aria-hidden="true" /> Enrolling… asking the server to accept this code.
        </p>
      )}
      <FormError message={error} testId="enrol-error" />
      <div className="dialog-actions">
        <button type="submit" className="button button-primary" data-testid="enrol-submit" disabled={busy}>
          {busy ? 'Enrolling…' : 'Enrol this desk'} <kbd>Enter</kbd>
        </button>
      </div>
    </form>
  );
}
