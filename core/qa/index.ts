// QA: scorecards as data, the score formula, automatic answers from a call's event log,
// replay at any moment, review-queue flags, a fair sample, calibration statistics and the
// evaluation model. Pure functions over core/call's reducer; see README.md.
export * from './answer.js';
export * from './scorecard/schema.js';
export * from './scorecard/parse.js';
export * from './scorecard/version.js';
export * from './scorecard/default.js';
export * from './scorecard/answerFits.js';
export * from './score/formula.js';
export * from './checks/ids.js';
export * from './checks/context.js';
export * from './checks/registry.js';
export * from './hold/checkinTimeline.js';
export * from './prefill.js';
export * from './replay/replayIndex.js';
export * from './replay/frame.js';
export * from './replay/navigate.js';
export * from './replay/session.js';
export * from './replay/timeline.js';
export * from './flags/types.js';
export * from './flags/callFlags.js';
export * from './flags/crossCall.js';
export * from './sample/prng.js';
export * from './sample/period.js';
export * from './sample/sampleCalls.js';
export * from './calibration/agreement.js';
export * from './calibration/report.js';
export * from './calibration/blind.js';
export * from './evaluation/schema.js';
export * from './evaluation/status.js';
export * from './evaluation/revisions.js';
