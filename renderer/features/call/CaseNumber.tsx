import { useEffect, useRef, useState } from 'react';
import type { CallView } from '../../../core/api/schemas/call.js';
import { useAppStore } from '../../app/StoreContext.js';
import { copyText, type CopyOutcome } from '../../shared/clipboard.js';
import { selectCopyRequest } from './selectors.js';

const OUTCOME_TEXT: Record<CopyOutcome, string> = {
  copied: 'Copied',
  selected: 'Selected: press Ctrl+C',
  failed: 'Copy it by hand',
};

/**
 * The case number, large enough to read aloud without squinting ("H-R-D, 7-K-4-Q..."), and
 * copyable with Alt+Y for the email the rep sends after. Where the clipboard is refused the
 * text is selected instead.
 */
export function CaseNumber({ call }: { call: CallView }) {
  const request = useAppStore(selectCopyRequest);
  const ref = useRef<HTMLSpanElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  const number = call.case?.number ?? null;

  const copy = () => {
    if (!number) return;
    void copyText(number, ref.current).then(setOutcome);
  };
  // Alt+Y anywhere bumps the request; the first render's value is not a request.
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    copy();
  }, [request]);
  useEffect(() => {
    if (!outcome) return;
    const id = setTimeout(() => setOutcome(null), 4000);
    return () => clearTimeout(id);
  }, [outcome]);

  if (!call.case) {
    return (
      <div className="casebox casebox-none" data-testid="call-case">
        <span className="field-label">Case</span>
        <span className="casebox-none-text">No case on this call</span>
      </div>
    );
  }
  return (
    <div className="casebox" data-testid="call-case">
      <span className="field-label">Case number</span>
      <span className="casebox-row">
        <span ref={ref} className="casebox-number mono" data-testid="case-number-big">
          {number}
        </span>
        <button type="button" className="button button-small" onClick={copy} data-testid="copy-case">
          Copy <kbd>Alt+Y</kbd>
        </button>
      </span>
      <span className="casebox-subject" title={call.case.subject}>
        {call.case.subject}
      </span>
      {outcome && (
        <span className="casebox-copied" role="status" data-testid="copy-outcome">
          {OUTCOME_TEXT[outcome]}
        </span>
      )}
    </div>
  );
}
