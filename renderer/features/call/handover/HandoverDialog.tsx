import { useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { FormError } from '../../../shared/ui/FormError.js';
import { FormActions } from '../../../shared/ui/FormActions.js';
import { TextField } from '../../../shared/ui/TextField.js';
import { useCallForm } from '../useCallForm.js';
import { HandoverText } from './HandoverText.js';

type Kind = 'transfer' | 'escalate';

/**
 * A warm hand-over: to whom (and why, for an escalation). The backend writes the summary
 * from the call so far (problem, what was tried, mood, promises) into the event; it is
 * shown here after, to read to the next rep or paste, so the caller never repeats it.
 */
export function HandoverDialog({ kind }: { call: CallView; kind: Kind }) {
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const form = useCallForm(kind, { to: '', reason: '' });
  const { to, reason } = form.values;
  const [summary, setSummary] = useState<string | null>(null);

  const submit = async () => {
    if (form.saving || summary !== null) return;
    if (to.trim() === '') return form.refuse(kind === 'transfer' ? 'Who does the call go to?' : 'Who does it go to?');
    if (kind === 'escalate' && reason.trim() === '') return form.refuse('Say why it goes up: the next person reads this first.');
    const result = await form.save(() =>
      record(kind === 'transfer' ? { type: 'transfer', to: to.trim() } : { type: 'escalation', to: to.trim(), reason: reason.trim() }, { quiet: true }),
    );
    if (!result.ok) return;
    const state = result.value.state;
    const text = kind === 'transfer' ? state.transfer?.handover.text : state.escalations.at(-1)?.handover.text;
    form.clearDrafts();
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
        {...form.field('to')}
        testId="handover-to"
        autoFocus
        maxLength={LIMITS.name}
      />
      {kind === 'escalate' && <TextField id="handover-reason" label="Why" {...form.field('reason')} testId="handover-reason" maxLength={LIMITS.summary} />}
      <p className="muted">The hand-over summary is written from this call’s notes, steps, mood and promises.</p>
      <FormError message={form.problem} testId="handover-error" />
      <FormActions
        submit={kind === 'transfer' ? 'Transfer' : 'Escalate'}
        submitTestId="handover-submit"
        busy={form.saving}
        onSubmit={() => void submit()}
        onCancel={() => close()}
      />
    </Dialog>
  );
}
