import type { CallView } from '../../../core/api/schemas/call.js';
import { LIMITS } from '../../../core/model/limits.js';
import { useAppStore, useAppStoreApi } from '../../app/StoreContext.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { Dialog } from '../../shared/ui/Dialog.js';
import { FormError } from '../../shared/ui/FormError.js';
import { FormActions } from '../../shared/ui/FormActions.js';
import { TextField } from '../../shared/ui/TextField.js';
import { KeyedChoices } from '../../shared/ui/KeyedChoices.js';
import { dueChoices, resolveDue, toLocalInput, type DueChoiceId } from '../commitments/index.js';
import { selectPromisePreset } from './selectors.js';
import { useCallNow } from './useCallNow.js';
import { useCallForm } from './useCallForm.js';

/**
 * "I'll call you back this afternoon" becomes a commitment with an owner and a due time.
 * Quick due times by digit (1 hour, 4 pm, tomorrow 10 am, 2 days, custom).
 */
export function PromiseDialog({ call }: { call: CallView }) {
  const store = useAppStoreApi();
  const preset = useAppStore(selectPromisePreset);
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const repName = useAppStore((s) => s.info?.repName ?? null) ?? call.state.start?.repName ?? '';
  const now = useCallNow(30_000);
  const firstName = call.customer.name.split(/\s+/)[0] ?? call.customer.name;
  const form = useCallForm('promise', {
    description: preset === 'callback' ? `Call ${firstName} back with an update` : '',
    owner: repName,
    choice: preset === 'callback' ? 'hour' : '',
    custom: toLocalInput(now + 3600_000),
  });
  const { description, owner, choice, custom } = form.values;
  const choices = dueChoices(now);

  const submit = async () => {
    if (form.saving) return;
    if (description.trim() === '') return form.refuse('Say what was promised.');
    if (owner.trim() === '') return form.refuse('Every promise needs an owner: who will do it?');
    if (!choice) return form.refuse('Pick when it is due (1 to 5).');
    const due = resolveDue({ choice: choice as DueChoiceId, custom }, store.getState().callNow());
    if (!due.ok) return form.refuse(due.message);
    const result = await form.save(() =>
      record({ type: 'commitment.made', description: description.trim(), owner: owner.trim(), dueAt: due.dueAt }, { quiet: true }),
    );
    if (!result.ok) return;
    form.clearDrafts();
    close('promise');
  };

  return (
    <Dialog
      title={preset === 'callback' ? 'Offer a callback: record the promise' : 'Record a promise'}
      testId="promise-dialog"
      onClose={() => close()}
      wide
      onSubmit={() => void submit()}
    >
      <TextField
        id="promise-what"
        label="What was promised"
        {...form.field('description')}
        testId="promise-description"
        autoFocus={preset !== 'callback'}
        maxLength={LIMITS.commitment}
        placeholder="Call back with the refund status"
      />
      <TextField id="promise-owner" label="Owner (who does it)" {...form.field('owner')} testId="promise-owner" maxLength={LIMITS.name} />
      <KeyedChoices
        name="promise-due"
        label="Due"
        layout="column"
        autoFocus={preset === 'callback'}
        testId="promise-due"
        choices={choices.map((c) => ({
          id: c.id,
          key: String(c.key),
          label: c.label,
          hint: c.dueAt === null ? 'type it below' : formatDateTime(c.dueAt, now),
        }))}
        value={(choice || null) as DueChoiceId | null}
        onChange={form.field('choice').onChange}
        onEnter={() => void submit()}
      />
      {choice === 'custom' && <TextField id="promise-custom" label="Due at" {...form.field('custom')} testId="promise-custom" type="datetime-local" />}
      <FormError message={form.problem} testId="promise-error" />
      <FormActions submit="Record the promise" submitTestId="promise-save" busy={form.saving} onSubmit={() => void submit()} onCancel={() => close()} />
    </Dialog>
  );
}
