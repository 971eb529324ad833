// core/language: what a rep says, read as speech acts, and coached toward positive language.
export * from './acts.js';
export * from './normalize.js';
export * from './classify.js';
export * from './timeRef.js';
export * from './metrics.js';
export * from './hints.js';
export * from './backchannel.js';
export { JARGON, type JargonTerm } from './rules/jargon.js';
export type { HintKind } from './hintRules.js';
export * from './keywords.js';
