// The call session: a pure reducer over a call's event log, the scripts it guides, the hold
// policy, the closing checklist and the hand-over summary.
export * from './events.js';
export * from './state.js';
export * from './reducer.js';
export * from './log.js';
export * from './phase.js';
export * from './holdPolicy.js';
export * from './holdStats.js';
export * from './holdPhrases.js';
export * from './closing.js';
export * from './closingCheck.js';
export * from './wrapUp.js';
export * from './handoverSchema.js';
export * from './handover.js';
export * from './rootCause.js';
export * from './clock.js';
export * from './parse.js';
export * from './scripts/index.js';
export * from './view.js';
