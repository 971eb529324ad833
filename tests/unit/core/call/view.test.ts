import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CallSnapshot } from '../../../../core/api/schemas/call.js';
import {
  callView,
  DEFAULT_HOLD_POLICY,
  parseScript,
  reduceCall,
  scriptCatalog,
  snapshotOf,
  type CallEvent,
  type ScriptDefinition,
} from '../../../../core/call/index.js';
import { CALL_ID, CASE_ID, CUSTOMER_ID, SECOND, T0, callLog, note, started } from './builders.js';

// The one view of a call (core/call/view.ts): what the backend sends is a snapshot of the
// log, and whoever folds it (a window, a test, QA replay) gets the backend's own state.

const customer = { id: CUSTOMER_ID, name: 'Ann Lee' };
const kase = { id: CASE_ID, number: 'HRD-7K4Q-M2X9', subject: 'Refund not received', status: 'open' as const };

function custom(): ScriptDefinition {
  const parsed = parseScript(
    {
      id: 'support',
      name: 'Support desk',
      steps: [
        { id: 'greet', title: 'Greet', prompt: 'Company, name, offer to help.', examples: ['Thanks for calling.', 'How can I help?'], key: 1 },
        { id: 'resolve', title: 'Resolve', prompt: 'Fix it or say when.', examples: ['I can reset that now.', 'I will call back by 3.'], key: 2 },
      ],
    },
    'support.json',
  );
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  return parsed.value;
}

function snapshotFor(events: readonly CallEvent[], catalog = scriptCatalog(), now = T0 + 60 * SECOND) {
  const state = reduceCall(events, catalog);
  return { state, snapshot: snapshotOf({ callId: CALL_ID, customer, case: kase, state }, (id) => catalog.get(id), DEFAULT_HOLD_POLICY, now) };
}

describe('the view of a call', () => {
  it('folds the snapshot into exactly the state the backend folded, and the snapshot passes the contract', () => {
    const log = started(callLog()).at(2 * SECOND).add('hold.permission_asked').add('hold.permission_answered', { granted: true }).at(3 * SECOND).add('hold.started', { withPermission: true });
    note(log.at(40 * SECOND), 'Refund of $212 not on her card');
    const { state, snapshot } = snapshotFor(log.events);
    expect(CallSnapshot.parse(snapshot)).toEqual(snapshot);
    const view = callView(snapshot);
    expect(view.state).toEqual(state);
    expect(view.hold).toMatchObject({ onHold: true, startedAt: T0 + 3 * SECOND, checkinNumber: 1, checkinDueAt: T0 + 33 * SECOND, prompt: 'escalated' });
    expect(view.closingMissing).toContain('anything_else');
    expect(view.wrapUpMissing).toEqual(['disposition', 'root_cause', 'mood_end']);
  });

  it('carries the custom scripts the log names, so a desk without them still shows their steps', () => {
    const support = custom();
    const log = started(callLog(), 'support').at(SECOND).add('step.checked', { stepId: 'greet' });
    const { snapshot } = snapshotFor(log.events, scriptCatalog([support]));
    expect(snapshot.scripts.map((s) => s.id)).toEqual(['support']);
    const view = callView(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot);
    expect(view.state.script).toMatchObject({ id: 'support', known: true, currentStepId: 'resolve' });
    // Built-ins are core's own: they never travel.
    expect(snapshotFor(started(callLog(), 'last').events).snapshot.scripts).toEqual([]);
  });

  it('keeps an event that reused an id with other content, so the fold on the other side agrees', () => {
    const log = started(callLog()).at(SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
    const first = log.last();
    const clash = { ...first, mood: 'calm' } as CallEvent;
    const { state, snapshot } = snapshotFor([...log.events, clash]);
    expect(state.log.conflicting).toHaveLength(1);
    expect(callView(snapshot).state).toEqual(state);
  });

  it('agrees with the reducer whatever order the snapshot lists the log in', () => {
    const log = started(callLog()).at(SECOND).add('step.checked', { stepId: 'hear' }).at(2 * SECOND).add('mood.set', { phase: 'start', mood: 'upset' });
    note(log.at(3 * SECOND), 'Order #4471');
    log.at(4 * SECOND).add('closing.ticked', { item: 'anything_else' });
    const { state, snapshot } = snapshotFor(log.events);
    fc.assert(
      fc.property(fc.shuffledSubarray(snapshot.events, { minLength: snapshot.events.length }), (events) => {
        expect(callView({ ...snapshot, events }).state).toEqual(state);
      }),
    );
  });
});
