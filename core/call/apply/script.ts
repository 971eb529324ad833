import type { CallEventOf } from '../events.js';
import type { ScriptCatalog } from '../scripts/catalog.js';
import type { ActiveScript, CallState } from '../state.js';

// Script events: which method is active and which steps are ticked. Ticks are kept per
// step id for the whole call (not per script), so a method switch keeps shared steps done.

export function scriptFromCatalog(scriptId: string, catalog: ScriptCatalog): ActiveScript {
  const def = catalog.get(scriptId);
  if (!def) return { id: scriptId, name: null, known: false, steps: [], currentStepId: null };
  return {
    id: def.id,
    name: def.name,
    known: true,
    steps: def.steps.map((s) => ({ id: s.id, title: s.title, key: s.key, wrapUp: s.wrapUp, done: false, doneAt: null })),
    currentStepId: null, // filled in by withDerived
  };
}

export function onCallStarted(s: CallState, e: CallEventOf<'call.started'>, catalog: ScriptCatalog): CallState | string {
  if (s.start !== null) return 'the call had already started';
  return {
    ...s,
    start: { at: e.at, customerId: e.customerId, caseId: e.caseId, phone: e.phone, direction: e.direction, repName: e.repName },
    script: scriptFromCatalog(e.scriptId, catalog),
    scriptHistory: [...s.scriptHistory, { scriptId: e.scriptId, at: e.at }],
  };
}

export function onScriptSwitched(s: CallState, e: CallEventOf<'script.switched'>, catalog: ScriptCatalog): CallState {
  if (s.script.id === e.scriptId) return s;
  return { ...s, script: scriptFromCatalog(e.scriptId, catalog), scriptHistory: [...s.scriptHistory, { scriptId: e.scriptId, at: e.at }] };
}

export function onStepChecked(s: CallState, e: CallEventOf<'step.checked'>): CallState {
  // Ticking a ticked step changes nothing: the first tick is when it was done.
  if (s.checked.some((c) => c.stepId === e.stepId)) return s;
  const isWrapUp = s.script.steps.some((step) => step.id === e.stepId && step.wrapUp);
  return {
    ...s,
    checked: [...s.checked, { stepId: e.stepId, at: e.at }],
    wrapUpAt: isWrapUp ? (s.wrapUpAt ?? e.at) : s.wrapUpAt,
  };
}

export function onStepUnchecked(s: CallState, e: CallEventOf<'step.unchecked'>): CallState {
  if (!s.checked.some((c) => c.stepId === e.stepId)) return s;
  return { ...s, checked: s.checked.filter((c) => c.stepId !== e.stepId) };
}
