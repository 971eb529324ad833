import type { CompiledScenario } from './compile.js';
import { draftOf, spendTurn, say, type CallerLine, type Draft, type PracticeEmission } from './draft.js';
import { checkEnding, onAbuseWarned, onSupervisorOffered } from './endings.js';
import { onCheckinDone, onCheckinMissed, onHoldEnded, onHoldStarted, onPermissionAsked } from './holds.js';
import type { PracticeInput } from './inputs.js';
import { onCommitment } from './offers.js';
import { seedRng } from './random.js';
import type { PracticeState } from './state.js';
import { onListen, onSay, replyToTurn } from './talk.js';
import { chargeTime } from './time.js';

// The simulated caller: a pure, deterministic function of (scenario, seed, inputs). The same
// seed and the same inputs give the same caller, line for line, so a practice call replays
// exactly for a debrief or a dispute. No clock, no I/O: time arrives in the inputs.

export type StepResult = {
  state: PracticeState;
  /** What the caller said in reply to this input, in order. */
  lines: CallerLine[];
  /** Call events the caller side produces (the answer to a hold question, the end of the call). */
  emit: PracticeEmission[];
};

export type StartOptions = { seed: number; at: number };

export function startPractice(sc: CompiledScenario, { seed, at }: StartOptions): PracticeState {
  const mood = sc.params.startMood;
  return {
    scenarioId: sc.id,
    seed,
    rng: seedRng(seed),
    startedAt: at,
    now: at,
    phase: 'greeting',
    mood,
    patience: sc.params.patience,
    partsTold: 0,
    found: {},
    offTopic: false,
    drifts: 0,
    hold: { on: false, startedAt: null, permitted: false, permission: 'none', checkins: 0, missedCheckins: 0, chargedUntil: null, holds: 0, withoutPermission: 0 },
    offers: { accepted: 0, lastAt: null, ready: false },
    uses: {},
    quietSince: at,
    interruptions: 0,
    transcript: [],
    curve: [{ at, mood, delta: 0, patience: sc.params.patience, cause: 'start', phrase: null }],
    ending: null,
    endedBy: null,
  };
}

function apply(d: Draft, input: PracticeInput): void {
  switch (input.type) {
    case 'say':
      return onSay(d, input.text);
    case 'listen':
      return onListen(d);
    case 'tick':
      return;
    case 'hold.permission_asked':
      return onPermissionAsked(d, null);
    case 'hold.started':
      return onHoldStarted(d);
    case 'hold.checkin_done':
      return onCheckinDone(d, null);
    case 'hold.checkin_missed':
      return onCheckinMissed(d);
    case 'hold.ended':
      return onHoldEnded(d);
    case 'commitment.made': {
      const reply = onCommitment(d, input.description);
      if (reply !== null) d.pending = { feeling: null, substance: reply, factAnswer: null, thanked: false };
      return;
    }
    case 'supervisor.offered':
      spendTurn(d);
      if (onSupervisorOffered(d) === 'declined') say(d, 'supervisor_declined');
      return;
    case 'abuse.warned':
      spendTurn(d);
      onAbuseWarned(d);
      return say(d, 'abuse_warned');
    case 'call.ended':
      d.s.phase = 'ended';
      d.s.endedBy = 'trainee';
      return;
  }
}

/** One input to the caller. Inputs after the end of the call change nothing. */
export function stepPractice(sc: CompiledScenario, state: PracticeState, input: PracticeInput): StepResult {
  if (state.phase === 'ended') return { state, lines: [], emit: [] };
  const d = draftOf(sc, state);
  chargeTime(d, input.at);
  // Time alone can end the call (a long silence, a long hold); then the input comes too late.
  if (!checkEnding(d)) {
    apply(d, input);
    checkEnding(d);
    replyToTurn(d);
  }
  return { state: d.s, lines: d.lines, emit: d.emit };
}

/** A whole session from its seed and inputs: how a practice call is replayed. */
export function runPractice(sc: CompiledScenario, options: StartOptions, inputs: readonly PracticeInput[]): StepResult & { all: CallerLine[] } {
  let state = startPractice(sc, options);
  const all: CallerLine[] = [];
  const emit: PracticeEmission[] = [];
  let last: CallerLine[] = [];
  for (const input of inputs) {
    const r = stepPractice(sc, state, input);
    state = r.state;
    last = r.lines;
    all.push(...r.lines);
    emit.push(...r.emit);
  }
  return { state, lines: last, emit, all };
}
