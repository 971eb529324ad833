import { useRef } from 'react';
import { ok } from '../../../../core/api/result.js';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { closingItem } from '../../../../core/call/closing.js';
import { ROOT_CAUSE_CATEGORIES } from '../../../../core/call/rootCause.js';
import type { Disposition, Mood } from '../../../../core/model/enums.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { FormError } from '../../../shared/ui/FormError.js';
import { FormActions } from '../../../shared/ui/FormActions.js';
import { KeyedChoices } from '../../../shared/ui/KeyedChoices.js';
import { TextField } from '../../../shared/ui/TextField.js';
import { DISPOSITION_CHOICES, MOOD_CHOICES } from '../choices.js';
import { useCallForm } from '../useCallForm.js';
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
  const form = useCallForm<keyof WrapUpForm>('wrap', {
    disposition: defaultDisposition,
    category: s.disposition?.rootCause?.category ?? '',
    rootNote: s.disposition?.rootCause?.note ?? '',
    moodEnd: s.mood.end ?? '',
    summary: s.disposition?.summary ?? '',
    override: '',
  });
  const { disposition, category, moodEnd, override } = form.values;
  const overrideRef = useRef<HTMLInputElement>(null);

  const plan = planWrapUp(call, form.values);
  const unresolved = plan.unresolved;

  const submit = async () => {
    if (form.saving) return;
    if (!plan.ok) {
      form.refuse(plan.problem);
      // The one thing left is the reason: put the keyboard there.
      if (plan.unresolved.length > 0 && override.trim() === '') overrideRef.current?.focus();
      return;
    }
    // In order, stopping at the first refusal; call.ended's answer takes the rep back to the
    // caller's history (liveSlice).
    await form.save(async () => {
      for (const event of plan.events) {
        const result = await record(event, { quiet: true });
        if (!result.ok) return result;
      }
      return ok(null);
    });
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
            onChange={(e) => form.field('override').onChange(e.target.value)}
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
        onChange={form.field('disposition').onChange}
      />
      <KeyedChoices
        name="wrap-cause"
        label="Root cause (Diagnose: why it happened, no blame)"
        layout="column"
        testId="wrapup-cause"
        choices={ROOT_CAUSE_CATEGORIES.map((c, i) => ({ id: c.id, key: String((i + 1) % 10), label: c.label }))}
        value={category || null}
        onChange={form.field('category').onChange}
      />
      <TextField
        id="wrap-rootnote"
        label="Root-cause note"
        {...form.field('rootNote')}
        testId="wrapup-root-note"
        maxLength={LIMITS.summary}
        placeholder="Courier marked it delivered before scanning"
      />
      <KeyedChoices
        name="wrap-mood"
        label="Caller’s mood at the end"
        testId="wrapup-mood"
        choices={MOOD_CHOICES.map((m) => ({ ...m, className: `mood-choice mood-${m.id}` }))}
        value={(moodEnd || null) as Mood | null}
        onChange={form.field('moodEnd').onChange}
      />
      <TextField
        id="wrap-summary"
        label="One-line summary (the next rep reads this first)"
        {...form.field('summary')}
        testId="wrapup-summary"
        maxLength={LIMITS.summary}
      />
      <FormError message={form.problem} testId="wrapup-error" />
      <FormActions
        submit={form.saving ? 'Saving…' : unresolved.length > 0 ? 'Override and end the call' : 'Save and end the call'}
        submitTestId="wrapup-submit"
        busy={form.saving}
        onSubmit={() => void submit()}
        cancel="Back to the call"
        onCancel={() => close()}
      />
    </Dialog>
  );
}

