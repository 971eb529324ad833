import { useRef } from 'react';
import { LIMITS } from '../../../core/model/limits.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { selectLookupError, selectNumberText } from './selectors.js';

/**
 * The caller's number, always at the top. Any written form works ("(415) 555-2671",
 * "+44 20 7946 0958", "tel:+1-415..."): the backend normalizes it and explains a bad one.
 * Pasting into an empty box looks the number up at once, the commonest case being a
 * number copied from the softphone.
 */
export function NumberBox() {
  const text = useAppStore(selectNumberText);
  const error = useAppStore(selectLookupError);
  const setNumberText = useAppStore((s) => s.setNumberText);
  const lookup = useAppStore((s) => s.lookup);
  const ref = useRef<HTMLInputElement>(null);
  useFocusTarget('number', ref, true);

  return (
    <form
      className="numberbox"
      role="search"
      aria-label="Look up a caller by phone number"
      onSubmit={(e) => {
        e.preventDefault();
        void lookup(text);
      }}
    >
      <label className="field-label" htmlFor="number-input">
        Caller’s number <kbd>F2</kbd>
      </label>
      <div className="numberbox-row">
        <input
          id="number-input"
          ref={ref}
          data-testid="number-input"
          className={error ? 'input input-number input-invalid' : 'input input-number'}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          spellCheck={false}
          maxLength={LIMITS.phoneInput}
          placeholder="(415) 555-2671"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'lookup-error' : undefined}
          onChange={(e) => setNumberText(e.target.value)}
          onPaste={(e) => {
            const el = e.currentTarget;
            const replacesAll = el.value === '' || (el.selectionStart === 0 && el.selectionEnd === el.value.length);
            const pasted = e.clipboardData.getData('text').trim();
            if (!replacesAll || !pasted) return;
            e.preventDefault();
            void lookup(pasted);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && text) {
              e.preventDefault();
              setNumberText('');
            }
          }}
        />
        <button type="submit" className="button button-primary" data-testid="lookup-button">
          Look up
        </button>
      </div>
      {error && (
        <p id="lookup-error" className="field-error numberbox-error" role="alert" data-testid="lookup-error">
          {error}
        </p>
      )}
    </form>
  );
}
