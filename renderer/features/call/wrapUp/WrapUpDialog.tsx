import { useRef, useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { closingItem } from '../../../../core/call/closing.js';
import { ROOT_CAUSE_CATEGORIES } from '../../../../core/call/rootCause.js';
import type { Disposition, Mood } from '../../../../core/model/enums.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { KeyedChoices } from '../../../shared/ui/KeyedChoices.js';
import { DISPOSITION_CHOICES, MOOD_CHOICES } from '../choices.js';
import { useDraftState } from '../useDraftState.js';
import { planWrapUp, type WrapUpForm } from './wrapUpPlan.js';

/**
 * After-call work, one form: how it ended, why it happened (HEARD's Diagnose: a cause,
 * never a person), the caller's mood at the end and one line for the next rep. Closing
 * items still missing must be overridden with a reason, which is logged; the backend
 * refuses otherwise (INCOMPLETE) and its message is shown as it is.
 */
export function WrapUpDialog({ call }: { call: CallView }) {
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const s = call.state;
  const defaultDisposition = s.disposition?.disposition ?? (s.transfer ? 'transferred' : s.escalations.length > 0 ? 'escalated' : '');
  const [disposition, setDisposition] = useDraftState('wrap.disposition', defaultDisposition);
  const [category, setCategory] = useDraftState('wrap.category', s.disposition?.rootCause?.category ?? '');
  const [rootNote, setRootNote] = useDraftState('wrap.rootNote', s.disposition?.rootCause?.note ?? '');
  const [moodEnd, setMoodEnd] = useDraftState('wrap.moodEnd', s.mood.end ?? '');
  const [summary, setSummary] = useDraftState('wrap.summary', s.disposition?.summary ?? '');
  const [override, setOverride] = useDraftState('wrap.override');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const overrideRef = useRef<HTMLInputElement>(null);

  const form: WrapUpForm = { disposition, category, rootNote, moodEnd, summary, override };
  const plan = planWrapUp(call, form);
  const unresolved = plan.unresolved;

  const edit = (fn: (v: string) => void) => (v: string) => {
    fn(v);
    setProblem(null);
  };

  const submit = async () => {
    if (saving) return;
    if (!plan.ok) {
      setProblem(plan.problem);
      // The one thing left is the reason: put the keyboard there.
      if (plan.unresolved.length > 0 && override.trim() === '') overrideRef.current?.focus();
      return;
    }
    setSaving(true);
    for (const event of plan.events) {
      const result = await record(event, { quiet: true });
      if (!result.ok) {
        setSaving(false);
        return setProblem(result.error.message);
      }
    }
    // call.ended's answer takes the rep back to the caller's history (liveSlice).
    setSaving(false);
  };

  return (
    <Dialog title="Wrap up the call" testId="wrapup-dialog" onClose={() => close()} wide onSubmit={() => void submit()}>
      {unresolved.length > 0 && (
        <div className="wrapup-missing" data-testid="wrapup-missing">
          <p>
            <strong>Closing items not done:</strong> {unresolved.map((id) => closingItem(id).label).join('; ')}.
          </p>
          <p className="muted">
            Go back and do them (<kbd>Esc</kbd>, then <kbd>Alt+L</kbd>), or say why you close without them:
          </p>
          <input
            ref={overrideRef}
            className="input"
            data-testid="wrapup-override"
            aria-label="Reason to close without these items"
            maxLength={LIMITS.summary}
            value={override}
            placeholder="The caller hung up before the recap"
            onChange={(e) => edit(setOverride)(e.target.value)}
          />
        </div>
      )}
      <KeyedChoices
        name="wrap-disposition"
        label="How it ended"
        autoFocus
        testId="wrapup-disposition"
        choices={DISPOSITION_CHOICES}
        value={(disposition || null) as Disposition | null}
        onChange={edit(setDisposition)}
      />
      <KeyedChoices
        name="wrap-cause"
        label="Root cause (Diagnose: why it happened, no blame)"
        layout="column"
        testId="wrapup-cause"
        choices={ROOT_CAUSE_CATEGORIES.map((c, i) => ({ id: c.id, key: String((i + 1) % 10), label: c.label }))}
        value={category || null}
        onChange={edit(setCategory)}
      />
      <div className="field">
        <label className="field-label" htmlFor="wrap-rootnote">
          Root-cause note
        </label>
        <input
          id="wrap-rootnote"
          className="input"
          data-testid="wrapup-root-note"
          maxLength={LIMITS.summary}
          value={rootNote}
          placeholder="Courier marked it delivered before scanning"
          onChange={(e) => edit(setRootNote)(e.target.value)}
        />
      </div>
      <KeyedChoices
        name="wrap-mood"
        label="Caller’s mood at the end"
        testId="wrapup-mood"
        choices={MOOD_CHOICES.map((m) => ({ ...m, className: `mood-choice mood-${m.id}` }))}
        value={(moodEnd || null) as Mood | null}
        onChange={edit(setMoodEnd)}
      />
      <div className="field">
        <label className="field-label" htmlFor="wrap-summary">
          One-line summary (the next rep reads this first)
        </label>
        <input
          id="wrap-summary"
          className="input"
          data-testid="wrapup-summary"
          maxLength={LIMITS.summary}
          value={summary}
          onChange={(e) => edit(setSummary)(e.target.value)}
        />
      </div>
      {problem && (
        <p className="form-error" role="alert" data-testid="wrapup-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" data-testid="wrapup-submit" disabled={saving} onClick={() => void submit()}>
          {saving ? 'Saving…' : unresolved.length > 0 ? 'Override and end the call' : 'Save and end the call'} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => close()}>
          Back to the call <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}

