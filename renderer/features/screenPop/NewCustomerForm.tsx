import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { newId } from '../../../core/model/ids.js';
import { LIMITS } from '../../../core/model/limits.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { selectNewCustomer } from './selectors.js';

/**
 * No customer has this number: create one while the caller is on the line. The number is
 * already there; the name is the one thing the rep must type. The id is made once per form,
 * so pressing Enter twice, or retrying after a dropped connection, is still one customer.
 */
export function NewCustomerForm({ number }: { number: PoppedNumber }) {
  const { pending, errors } = useAppStore(selectNewCustomer);
  const create = useAppStore((s) => s.createCustomer);
  const [id] = useState(() => newId());
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phones, setPhones] = useState<string[]>([number.display]);
  const nameRef = useRef<HTMLInputElement>(null);
  useFocusTarget('newName', nameRef);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    void create({ id, name, email, phones });
  };
  const fieldError = (key: string) => errors.fields[key] ?? null;
  const phonesError = fieldError('phones');

  return (
    <section className="newcustomer" data-testid="new-customer" aria-labelledby="new-title">
      <header className="screen-head">
        <h2 id="new-title">
          New caller: <span className="mono">{number.display}</span>
        </h2>
        <p className="screen-sub">No customer has this number yet. Take the caller’s name, then press Enter.</p>
      </header>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      >
        <Field id="nc-name" label="Name" required error={fieldError('name')}>
          <input
            id="nc-name"
            ref={nameRef}
            data-testid="new-name"
            className="input"
            autoComplete="off"
            maxLength={LIMITS.name}
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={fieldError('name') ? true : undefined}
            aria-describedby={fieldError('name') ? 'nc-name-error' : undefined}
          />
        </Field>
        <Field id="nc-email" label="Email" hint="optional" error={fieldError('email')}>
          <input
            id="nc-email"
            data-testid="new-email"
            className="input"
            type="email"
            autoComplete="off"
            maxLength={LIMITS.email}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={fieldError('email') ? true : undefined}
            aria-describedby={fieldError('email') ? 'nc-email-error' : undefined}
          />
        </Field>
        <fieldset className="phones">
          <legend className="field-label">Phones</legend>
          {phones.map((phone, i) => {
            const err = fieldError(`phones.${i}`);
            return (
              <div className="phone-row" key={i}>
                <input
                  id={`nc-phone-${i}`}
                  data-testid={`new-phone-${i}`}
                  className={err ? 'input mono input-invalid' : 'input mono'}
                  type="tel"
                  autoComplete="off"
                  maxLength={LIMITS.phoneInput}
                  aria-label={`Phone ${i + 1}`}
                  value={phone}
                  onChange={(e) => setPhones(phones.map((p, j) => (j === i ? e.target.value : p)))}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={err ? `nc-phone-${i}-error` : undefined}
                />
                {i > 0 && (
                  <button
                    type="button"
                    className="button button-quiet"
                    onClick={() => setPhones(phones.filter((_, j) => j !== i))}
                    aria-label={`Remove phone ${i + 1}`}
                  >
                    Remove
                  </button>
                )}
                {err && (
                  <p className="field-error" id={`nc-phone-${i}-error`} role="alert" data-testid={`new-phone-${i}-error`}>
                    {err}
                  </p>
                )}
              </div>
            );
          })}
          {phones.length < LIMITS.phonesPerCustomer && (
            <button
              type="button"
              className="button button-quiet"
              data-testid="new-add-phone"
              onClick={() => setPhones([...phones, ''])}
            >
              + Another phone
            </button>
          )}
          {phonesError && (
            <p className="field-error" role="alert" data-testid="new-phones-error">
              {phonesError}
            </p>
          )}
        </fieldset>
        {errors.general && (
          <p className="form-error" role="alert" data-testid="new-form-error">
            {errors.general}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-primary" data-testid="new-submit" disabled={pending}>
            {pending ? 'Creating…' : 'Create customer'}
          </button>
          <span className="muted">
            <kbd>Enter</kbd> or <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </span>
        </div>
      </form>
    </section>
  );
}

type FieldProps = { id: string; label: string; hint?: string; required?: boolean; error: string | null; children: ReactNode };

function Field({ id, label, hint, required, error, children }: FieldProps) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
        {required && <span className="required"> (required)</span>}
        {hint && <span className="muted"> ({hint})</span>}
      </label>
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
