// core/practice: simulated difficult callers for practice mode (issue 11). Scenarios are data
// (schema/, parseScenario, scenarios/); the caller is a pure engine over the same kind of
// inputs a real call produces (engine.ts); the debrief reads the result (debrief.ts).
export * from './schema/persona.js';
export * from './schema/effects.js';
export * from './schema/lines.js';
export * from './schema/customer.js';
export * from './schema/scenario.js';
export * from './parseScenario.js';
export * from './personas.js';
export * from './compile.js';
export * from './random.js';
export * from './state.js';
export * from './inputs.js';
export type { CallerLine, PracticeEmission } from './draft.js';
export * from './engine.js';
export * from './debrief.js';
export * from './ids.js';
export * from './screenPop.js';
export * from './moves.js';
export * from './search.js';
export * from './scenarios/index.js';
export * from './catalog.js';
