import { useState } from 'react';
import type { CallView } from '../../../core/api/schemas/call.js';
import { LIMITS } from '../../../core/model/limits.js';
import { useAppStore, useAppStoreApi } from '../../app/StoreContext.js';
import { formatDateTime } from '../../shared/formatDate.js';
import { Dialog } from '../../shared/ui/Dialog.js';
import { TextField } from '../../shared/ui/TextField.js';
import { KeyedChoices } from '../../shared/ui/KeyedChoices.js';
import { dueChoices, resolveDue, toLocalInput, type DueChoiceId } from '../commitments/index.js';
import { selectPromisePreset } from './selectors.js';
import { useCallNow } from './useCallNow.js';
import { useDraftState } from './useDraftState.js';

const FIELDS = ['promise.description', 'promise.owner', 'promise.choice', 'promise.custom'] as const;

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
  const [description, setDescription] = useDraftState(FIELDS[0], preset === 'callback' ? `Call ${firstName} back with an update` : '');
  const [owner, setOwner] = useDraftState(FIELDS[1], repName);
  const [choice, setChoice] = useDraftState(FIELDS[2], preset === 'callback' ? 'hour' : '');
  const [custom, setCustom] = useDraftState(FIELDS[3], toLocalInput(now + 3600_000));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = dueChoices(now);

  const submit = async () => {
    if (saving) return;
    if (description.trim() === '') return setProblem('Say what was promised.');
    if (owner.trim() === '') return setProblem('Every promise needs an owner: who will do it?');
    if (!choice) return setProblem('Pick when it is due (1 to 5).');
    const due = resolveDue({ choice: choice as DueChoiceId, custom }, store.getState().callNow());
    if (!due.ok) return setProblem(due.message);
    setSaving(true);
    const result = await record({ type: 'commitment.made', description: description.trim(), owner: owner.trim(), dueAt: due.dueAt }, { quiet: true });
    setSaving(false);
    if (!result.ok) return setProblem(result.error.message);
    for (const f of FIELDS) store.getState().clearDraft(f);
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
        value={description}
        onChange={(value) => {
          setDescription(value);
          setProblem(null);
        }}
        testId="promise-description"
        autoFocus={preset !== 'callback'}
        maxLength={LIMITS.commitment}
        placeholder="Call back with the refund status"
      />
      <TextField
        id="promise-owner"
        label="Owner (who does it)"
        value={owner}
        onChange={(value) => {
          setOwner(value);
          setProblem(null);
        }}
        testId="promise-owner"
        maxLength={LIMITS.name}
      />
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
        onChange={(id) => {
          setChoice(id);
          setProblem(null);
        }}
        onEnter={() => void submit()}
      />
      {choice === 'custom' && (
        <TextField
          id="promise-custom"
          label="Due at"
          value={custom}
          onChange={(value) => {
            setCustom(value);
            setProblem(null);
          }}
          testId="promise-custom"
          type="datetime-local"
        />
      )}
      {problem && (
        <p className="form-error" role="alert" data-testid="promise-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" data-testid="promise-save" disabled={saving} onClick={() => void submit()}>
          Record the promise <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={() => close()}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </Dialog>
  );
}
