import { useRef, useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore, useAppStoreApi } from '../../../app/StoreContext.js';
import { copyText, type CopyOutcome } from '../../../shared/clipboard.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { TextField } from '../../../shared/ui/TextField.js';
import { useDraftState } from '../useDraftState.js';

type Kind = 'transfer' | 'escalate';

/**
 * A warm hand-over: to whom (and why, for an escalation). The backend writes the summary
 * from the call so far (problem, what was tried, mood, promises) into the event; it is
 * shown here after, to read to the next rep or paste, so the caller never repeats it.
 */
export function HandoverDialog({ kind }: { call: CallView; kind: Kind }) {
  const store = useAppStoreApi();
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const [to, setTo] = useDraftState(`${kind}.to`);
  const [reason, setReason] = useDraftState(`${kind}.reason`);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [summary, setSummary] = useState<string | null>(null);

  const submit = async () => {
    if (saving || summary !== null) return;
    if (to.trim() === '') return setProblem(kind === 'transfer' ? 'Who does the call go to?' : 'Who does it go to?');
    if (kind === 'escalate' && reason.trim() === '') return setProblem('Say why it goes up: the next person reads this first.');
    setSaving(true);
    const result = await record(
      kind === 'transfer' ? { type: 'transfer', to: to.trim() } : { type: 'escalation', to: to.trim(), reason: reason.trim() },
      { quiet: true },
    );
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    const state = result.value.state;
    const text = kind === 'transfer' ? state.transfer?.handover.text : state.escalations.at(-1)?.handover.text;
    store.getState().clearDraft(`${kind}.to`);
    store.getState().clearDraft(`${kind}.reason`);
    setSummary(text ?? '(The backend sent no summary.)');
  };

  const title = kind === 'transfer' ? 'Transfer the caller' : 'Escalate';
  if (summary !== null) {
    return (
      <Dialog title={kind === 'transfer' ? 'Transferred: the hand-over' : 'Escalated: the hand-over'} testId="handover-dialog" onClose={() => close()} wide>
        <HandoverText text={summary} />
        <p className="muted">
          {kind === 'transfer' ? 'Read it to the next rep before you connect them. Then wrap up: ' : 'The call goes on. When it ends, wrap up: '}
          <kbd>Alt+W</kbd>
        </p>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" data-autofocus="true" onClick={() => close()}>
            Back to the call <kbd>Esc</kbd>
          </button>
        </div>
      </Dialog>
    );
  }
  return (
    <Dialog title={title} testId="handover-dialog" onClose={() => close()} onSubmit={() => void submit()}>
      <TextField
        id="handover-to"
        label={kind === 'transfer' ? 'Transfer to (person or team)' : 'Escalate to (person or team)'}
        value={to}
        onChange={(value) => {
          setTo(value);
          setProblem(null);
        }}
        testId="handover-to"
        autoFocus
        maxLength={LIMITS.name}
      />
      {kind === 'escalate' && (
        <TextField
          id="handover-reason"
          label="Why"
          value={reason}
          onChange={(value) => {
            setReason(value);
            setProblem(null);
          }}
          testId="handover-reason"
          maxLength={LIMITS.summary}
        />
      )}
      <p className="muted">The hand-over summary is written from this call’s notes, steps, mood and promises.</p>
      {problem && (
        <p className="form-error" role="alert" data-testid="handover-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" data-testid="handover-submit" disabled={saving} onClick={() => void submit()}>
          {kind === 'transfer' ? 'Transfer' : 'Escalate'} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => close()}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}

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
