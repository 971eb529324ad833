import { useRef, useState } from 'react';
import type { CustomerHistory } from '../../../core/model/history.js';
import { newId } from '../../../core/model/ids.js';
import { LIMITS } from '../../../core/model/limits.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { isTextField } from '../../app/shortcuts.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useForm } from '../../shared/useForm.js';
import { Dialog } from '../../shared/ui/Dialog.js';
import { FormError } from '../../shared/ui/FormError.js';
import { FormActions } from '../../shared/ui/FormActions.js';
import { TextField } from '../../shared/ui/TextField.js';
import { KeyedChoices, type KeyedChoice } from '../../shared/ui/KeyedChoices.js';
import { CASE_STATUS_LABEL } from '../../shared/labels.js';
import { casesToOffer } from '../history/index.js';
import { selectScripts, selectStartError, selectStartPending } from './selectors.js';
import { scriptKeys } from './script/scriptKeys.js';

const NEW = 'new';
const NONE = 'none';

/**
 * Starting the call from the screen pop: which case it is about (an open one, a new one
 * with a subject, or none yet) and the method. Digits pick a case, N a new one, 0 none;
 * the method's letter picks it; Enter starts.
 */
export function StartCallDialog({ history, number }: { history: CustomerHistory; number: PoppedNumber | null }) {
  const scripts = useAppStore(selectScripts);
  const pending = useAppStore(selectStartPending);
  const error = useAppStore(selectStartError);
  const start = useAppStore((s) => s.startCall);
  const close = useAppStore((s) => s.closePanel);
  const [callId] = useState(() => newId());
  const { offered, preselected } = casesToOffer(history);
  const form = useForm({ initial: { choice: preselected ?? NONE, subject: '' } });
  const { choice, subject } = form.values;
  // The method is no field of the form: picking it leaves a problem shown where it is.
  const [scriptId, setScriptId] = useState('heard');
  const subjectRef = useRef<HTMLInputElement>(null);
  const keys = scriptKeys(scripts, ['n']);

  const caseChoices: KeyedChoice<string>[] = [
    ...offered.map((c, i) => ({
      id: c.id,
      key: String(i + 1),
      label: (
        <>
          <span className={`badge status-${c.status}`}>{CASE_STATUS_LABEL[c.status]}</span> {c.subject}
        </>
      ),
      hint: (
        <>
          <span className="mono">{c.number}</span>
          {c.id === history.repeat?.caseId ? ' · this caller’s repeat case' : ''}
        </>
      ),
    })),
    { id: NEW, key: 'N', label: 'New case…', hint: 'type its subject' },
    { id: NONE, key: '0', label: 'No case yet', hint: 'a quick question; a case can come later' },
  ];

  const pick = (id: string) => {
    form.field('choice').onChange(id);
    if (id === NEW) setTimeout(() => subjectRef.current?.focus(), 0);
  };

  const submit = () => {
    if (pending) return;
    if (choice === NEW && subject.trim() === '') {
      form.refuse('Type the new case’s subject, or pick another option.');
      subjectRef.current?.focus();
      return;
    }
    const phone = number?.e164 ?? history.customer.phones[0]?.e164 ?? '';
    void start({
      callId,
      customerId: history.customer.id,
      caseId: choice === NEW || choice === NONE ? null : choice,
      ...(choice === NEW ? { newCaseSubject: subject.trim() } : {}),
      phone,
      scriptId,
    });
  };

  return (
    <Dialog
      title={<>Start the call with {history.customer.name}</>}
      testId="start-call"
      onClose={() => close()}
      wide
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey || isTextField(e.target)) return;
        const byCase = caseChoices.find((c) => c.key.toLowerCase() === e.key.toLowerCase());
        if (byCase) {
          e.preventDefault();
          pick(byCase.id);
          return;
        }
        const script = keys.find((k) => k.key === e.key.toLowerCase());
        if (script) {
          e.preventDefault();
          setScriptId(script.id);
        }
      }}
    >
      <KeyedChoices name="start-case" label="What is the call about?" choices={caseChoices} value={choice} onChange={pick} onEnter={submit} autoFocus layout="column" testId="start-case" />
      {choice === NEW && (
        <TextField
          id="start-subject"
          label="New case subject"
          {...form.field('subject')}
          testId="start-subject"
          inputRef={subjectRef}
          maxLength={LIMITS.subject}
          placeholder="Refund not received for order #4471"
        />
      )}
      <KeyedChoices
        name="start-method"
        label="Method"
        choices={keys.map((k) => ({ id: k.id, key: k.key, label: k.name }))}
        value={scriptId}
        onChange={setScriptId}
        onEnter={submit}
        testId="start-method"
      />
      <FormError message={form.problem ?? error} testId="start-error" />
      <FormActions submit={pending ? 'Starting…' : 'Start the call'} submitTestId="start-submit" busy={pending} onSubmit={submit} onCancel={() => close()} />
    </Dialog>
  );
}
