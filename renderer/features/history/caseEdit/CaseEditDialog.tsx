import { useState } from 'react';
import type { CaseSummary } from '../../../../core/model/case.js';
import { CaseStatus } from '../../../../core/model/enums.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { useNow } from '../../../app/useNow.js';
import { useForm } from '../../../shared/useForm.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { KeyedChoices, type KeyedChoice } from '../../../shared/ui/KeyedChoices.js';
import { TextField } from '../../../shared/ui/TextField.js';
import { CaseConflictNote } from './CaseConflictNote.js';
import { shownHistory, type CaseEdit } from './caseEditSlice.js';
import { CASE_STATUS_LABEL } from '../../../shared/labels.js';
import { FormError } from '../../../shared/ui/FormError.js';
import { FormActions } from '../../../shared/ui/FormActions.js';

const STATUS_CHOICES: KeyedChoice<CaseStatus>[] = CaseStatus.options.map((status, i) => ({
  id: status,
  key: String(i + 1),
  label: <span className={`badge status-${status}`}>{CASE_STATUS_LABEL[status]}</span>,
}));

/** The case edit dialog, for the case picked in the cases list (E or Enter there). */
export function CaseEditDialog() {
  const caseId = useAppStore((s) => s.caseEditId);
  const found = useAppStore((s) => (s.caseEditId === null ? null : (shownHistory(s)?.cases.find((c) => c.id === s.caseEditId) ?? null)));
  if (caseId === null || !found) return null;
  // Keyed by case: another case opens with its own values.
  return <CaseEditForm key={caseId} c={found} />;
}

/**
 * Status on the number keys (the usual edit: the status moves on), the subject a Tab away.
 * Only what changed is sent, so an untouched subject never overrides another desk's edit.
 */
function CaseEditForm({ c }: { c: CaseSummary }) {
  const pending = useAppStore((s) => s.caseEditPending);
  const error = useAppStore((s) => s.caseEditError);
  const conflicts = useAppStore((s) => s.caseConflicts[c.id]);
  const save = useAppStore((s) => s.saveCaseEdit);
  const close = useAppStore((s) => s.closeCaseEdit);
  const now = useNow();
  const [status, setStatus] = useState<CaseStatus>(c.status);
  // The status is no text field: picking one leaves a problem shown where it is.
  const form = useForm({ initial: { subject: c.subject } });

  const submit = () => {
    const trimmed = form.values.subject.trim();
    if (trimmed === '') return form.refuse('A case needs a subject.');
    const edit: CaseEdit = {
      ...(trimmed !== c.subject ? { subject: trimmed } : {}),
      ...(status !== c.status ? { status } : {}),
    };
    void save(edit);
  };

  return (
    <Dialog
      title={
        <>
          Edit case <span className="mono">{c.number}</span>
        </>
      }
      testId="case-edit-dialog"
      onClose={close}
      onSubmit={submit}
    >
      <CaseConflictNote conflicts={conflicts} now={now} />
      <KeyedChoices<CaseStatus> name="case-status" label="Status" choices={STATUS_CHOICES} value={status} onChange={setStatus} onEnter={submit} autoFocus testId="case-edit-status" />
      <TextField id="case-edit-subject" label="Subject" {...form.field('subject')} testId="case-edit-subject" maxLength={LIMITS.subject} />
      <FormError message={form.problem ?? error} testId="case-edit-error" />
      <FormActions submit={pending ? 'Saving…' : 'Save'} submitTestId="case-edit-save" busy={pending} onSubmit={submit} onCancel={close}>
        <span className="muted">
          <kbd>1</kbd>–<kbd>5</kbd> status · <kbd>Tab</kbd> subject
        </span>
      </FormActions>
    </Dialog>
  );
}
