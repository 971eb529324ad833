import { useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import type { Mood } from '../../../../core/model/enums.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { Dialog } from '../../../shared/ui/Dialog.js';
import { KeyedChoices } from '../../../shared/ui/KeyedChoices.js';
import { MOOD_CHOICES } from '../choices.js';

type Phase = 'start' | 'end';

/**
 * The caller's mood, at the start and at the end of the call (the next rep sees both).
 * It opens on the start mood until that is set, then on the end; S and E switch. A digit
 * records at once. "Abusive" opens the abusive-caller panel.
 */
export function MoodDialog({ call }: { call: CallView }) {
  const record = useAppStore((s) => s.record);
  const close = useAppStore((s) => s.closePanel);
  const openPanel = useAppStore((s) => s.openPanel);
  const [phase, setPhase] = useState<Phase>(call.state.mood.start === null ? 'start' : 'end');
  const current = call.state.mood[phase];

  const pick = (mood: Mood) => {
    if (mood === 'abusive') openPanel('abuse');
    else close();
    if (mood !== current) void record({ type: 'mood.set', phase, mood });
  };
  return (
    <Dialog
      title="Caller’s mood"
      testId="mood-dialog"
      onClose={() => close()}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const k = e.key.toLowerCase();
        if (k === 's' || k === 'e') {
          e.preventDefault();
          setPhase(k === 's' ? 'start' : 'end');
        }
      }}
    >
      <KeyedChoices
        name="mood-phase"
        label="When"
        choices={[
          { id: 'start', key: 'S', label: 'At the start', hint: call.state.mood.start ?? 'not set' },
          { id: 'end', key: 'E', label: 'Now / at the end', hint: call.state.mood.end ?? 'not set' },
        ]}
        value={phase}
        onChange={(p) => setPhase(p as Phase)}
        testId="mood-phase"
      />
      <KeyedChoices
        name="mood"
        label="Mood"
        autoFocus
        choices={MOOD_CHOICES.map((m) => ({ ...m, className: `mood-choice mood-${m.id}` }))}
        value={current}
        onChange={pick}
        testId="mood-choices"
      />
    </Dialog>
  );
}
