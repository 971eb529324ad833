import type { CallView } from '../../../../core/api/schemas/call.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { KeyedChoices } from '../../../shared/ui/KeyedChoices.js';
import { ScriptProblems } from './ScriptProblems.js';
import { selectScripts } from '../selectors.js';

/** Switching the method mid-call; steps the methods share (listen, apologize...) stay ticked. */
export function MethodDialog({ call }: { call: CallView }) {
  const scripts = useAppStore(selectScripts);
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const current = call.state.script.id;
  const pick = (scriptId: string) => {
    close();
    if (scriptId !== current) void record({ type: 'script.switched', scriptId });
  };
  return (
    <Dialog title="Switch method" testId="method-dialog" onClose={() => close()}>
      <KeyedChoices
        name="method"
        label="Pick with its digit; the ticks you share carry over"
        layout="column"
        autoFocus
        testId="method-choices"
        choices={scripts.slice(0, 9).map((s, i) => ({
          id: s.id,
          key: String(i + 1),
          label: s.name,
          hint: s.id === current ? 'in use now' : s.description,
        }))}
        value={current}
        onChange={pick}
        onEnter={close}
      />
      <ScriptProblems />
    </Dialog>
  );
}
