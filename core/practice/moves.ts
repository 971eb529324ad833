import type { CompiledScenario } from './compile.js';
import type { PracticeInput } from './inputs.js';

// A menu of things a trainee can do, built from a scenario: the inputs the reachability search
// and the property tests combine. Each move says how long after the previous input it comes.

export type Move = { label: string; gapMs: number; input: (at: number) => PracticeInput };

const TURN_MS = 2_000;

const sayMove = (label: string, text: string): Move => ({ label, gapMs: TURN_MS, input: (at) => ({ type: 'say', at, text }) });
const eventMove = (type: Exclude<PracticeInput['type'], 'say' | 'commitment.made'>, gapMs = TURN_MS): Move => ({ label: type, gapMs, input: (at) => ({ type, at }) as PracticeInput });

export function trainingMoves(sc: CompiledScenario): Move[] {
  const def = sc.def;
  const keyword = def.problem.keywords[0] ?? 'problem';
  const offer = def.resolution.offers[0] ?? 'this';
  return [
    sayMove('greet', `Thank you for calling ${def.company}, this is Sam. How can I help you today?`),
    { label: 'listen', gapMs: TURN_MS, input: (at) => ({ type: 'listen', at }) },
    sayMove('empathy', "That sounds really frustrating, I'd feel the same."),
    sayMove('apology', "I'm so sorry about all of this."),
    sayMove('restate', `So the ${keyword} is the problem, and it still isn't sorted.`),
    ...sc.facts.map((f) => sayMove(`ask:${f.id}`, `Can you tell me ${f.ask[0] ?? f.label}?`)),
    sayMove('offer', `I'll get the ${offer} sorted for you by 4 pm tomorrow, and I'll call you to confirm.`),
    sayMove('vague_offer', `I'll get the ${offer} sorted as soon as possible.`),
    sayMove('thanks', 'Thanks for explaining all that.'),
    sayMove('blame', 'You should have called us sooner.'),
    sayMove('negative', "There's nothing I can do about that."),
    sayMove('jargon', "It's a provisioning issue on the backend."),
    sayMove('ask_hold', 'May I place you on a brief hold while I check?'),
    eventMove('hold.started'),
    eventMove('hold.checkin_done'),
    eventMove('hold.checkin_missed', 45_000),
    eventMove('hold.ended'),
    { label: 'wait', gapMs: sc.params.silenceMs + 1, input: (at) => ({ type: 'tick', at }) },
    eventMove('supervisor.offered'),
  ];
}
