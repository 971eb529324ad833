import { useRef, useState } from 'react';
import { copyText, type CopyOutcome } from '../../../shared/clipboard.js';

/** A hand-over summary as the next rep gets it, with a copy button for pasting it on. */
export function HandoverText({ text }: { text: string }) {
  const ref = useRef<HTMLPreElement>(null);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  return (
    <div className="handover">
      <pre ref={ref} className="handover-text" data-testid="handover-summary">
        {text}
      </pre>
      <button type="button" className="button button-small" onClick={() => void copyText(text, ref.current).then(setOutcome)}>
        Copy
      </button>
      {outcome && <span className="muted"> {outcome === 'copied' ? 'Copied' : outcome === 'selected' ? 'Selected: press Ctrl+C' : 'Copy it by hand'}</span>}
    </div>
  );
}
