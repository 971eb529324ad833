import { useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import type { StepView } from '../../../../core/call/state.js';
import type { ScriptStep } from '../../../../core/call/scripts/schema.js';
import { useAppStore } from '../../../app/StoreContext.js';
import { formatTimeOfDay } from '../../../shared/formatDate.js';
import { selectScripts } from '../selectors.js';

/**
 * The de-escalation method as a checklist. The step to do now is open, with what to do and
 * phrases to say; done steps are ticked (Alt+digit ticks or unticks). Clicking a step, or
 * ↑/↓ here, shows another one without ticking it: a rep may need Empathize again after Resolve.
 */
export function ScriptPanel({ call }: { call: CallView }) {
  const scripts = useAppStore(selectScripts);
  const toggleStep = useAppStore((s) => s.toggleStep);
  const run = useAppStore((s) => s.runLiveAction);
  const script = call.state.script;
  const def = scripts.find((s) => s.id === script.id) ?? null;
  const [viewing, setViewing] = useState<string | null>(null);
  const shownId = viewing && script.steps.some((s) => s.id === viewing) ? viewing : script.currentStepId;
  const mood = call.state.mood.end ?? call.state.mood.start;
  const suggestIrate = (mood === 'angry' || mood === 'abusive') && script.id !== 'irate' && scripts.some((s) => s.id === 'irate');

  const move = (delta: number) => {
    const i = script.steps.findIndex((s) => s.id === shownId);
    const next = script.steps[Math.min(script.steps.length - 1, Math.max(0, (i < 0 ? 0 : i) + delta))];
    if (next) setViewing(next.id);
  };

  return (
    <section
      className="panel script"
      data-testid="script-panel"
      data-script-id={script.id}
      aria-labelledby="script-title"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          move(e.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      <h3 id="script-title" className="panel-title">
        Method <span className="script-name" data-testid="script-name">{script.name ?? script.id}</span>
        <button type="button" className="button button-small panel-title-end" onClick={() => run({ kind: 'method' })}>
          Switch <kbd>Alt+M</kbd>
        </button>
      </h3>
      {suggestIrate && (
        <p className="hint hint-warn" data-testid="suggest-irate">
          The caller is {mood}: the irate-caller sequence may fit better (<kbd>Alt+M</kbd>).
        </p>
      )}
      {!script.known && <p className="empty">This method is not on this desk; ticks still count.</p>}
      <ol className="steps">
        {script.steps.map((step) => (
          <StepRow
            key={step.id}
            step={step}
            def={def?.steps.find((d) => d.id === step.id) ?? null}
            current={step.id === script.currentStepId}
            open={step.id === shownId}
            onView={() => setViewing(step.id === viewing ? null : step.id)}
            onToggle={() => void toggleStep(step.key)}
          />
        ))}
      </ol>
      {script.currentStepId === null && script.steps.length > 0 && (
        <p className="hint hint-ok" data-testid="script-done">
          Every step is done. Close the call: <kbd>Alt+L</kbd> checklist, <kbd>Alt+W</kbd> wrap up.
        </p>
      )}
    </section>
  );
}

type StepRowProps = {
  step: StepView;
  def: ScriptStep | null;
  current: boolean;
  open: boolean;
  onView(): void;
  onToggle(): void;
};

function StepRow({ step, def, current, open, onView, onToggle }: StepRowProps) {
  const cls = ['step', step.done ? 'is-done' : '', current ? 'is-current' : '', open ? 'is-open' : ''].filter(Boolean).join(' ');
  return (
    <li className={cls} data-testid="step" data-step-id={step.id} data-done={step.done ? 'true' : 'false'} data-current={current ? 'true' : 'false'}>
      <div className="step-line">
        <button
          type="button"
          className="step-check"
          role="checkbox"
          aria-checked={step.done}
          aria-label={`${step.title}: ${step.done ? 'done' : 'not done'}`}
          onClick={onToggle}
        >
          {step.done ? '✓' : ''}
        </button>
        <kbd className="step-key">Alt+{step.key}</kbd>
        <button type="button" className="step-title" onClick={onView}>
          {step.title}
        </button>
        {step.wrapUp && <span className="step-tag">after the call</span>}
        {current && <span className="step-tag step-tag-now">now</span>}
        {step.doneAt !== null && <span className="step-when muted">{formatTimeOfDay(step.doneAt)}</span>}
      </div>
      {open && def && (
        <div className="step-detail" data-testid="step-detail">
          <p className="step-prompt">{def.prompt}</p>
          <ul className="step-examples">
            {def.examples.map((ex) => (
              <li key={ex}>“{ex}”</li>
            ))}
          </ul>
          {!step.done && (
            <p className="step-howto muted">
              Done? <kbd>Alt+{step.key}</kbd> ticks it and opens the next step.
            </p>
          )}
        </div>
      )}
    </li>
  );
}
