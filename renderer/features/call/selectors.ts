import type { AppState } from '../../app/state.js';

// Plain store selectors for the live call; each returns a stored reference or a primitive.

export const selectCall = (s: AppState) => s.call;
export const selectCallHistory = (s: AppState) => s.callHistory;
export const selectCallNumber = (s: AppState) => s.callNumber;
export const selectCallError = (s: AppState) => s.callError;
export const selectCallPanel = (s: AppState) => s.callPanel;
export const selectPromisePreset = (s: AppState) => s.promisePreset;
export const selectScripts = (s: AppState) => s.scripts;
export const selectScriptProblems = (s: AppState) => s.scriptProblems;
export const selectCopyRequest = (s: AppState) => s.copyRequest;
export const selectStartPending = (s: AppState) => s.startPending;
export const selectStartError = (s: AppState) => s.startError;
export const selectLastEnded = (s: AppState) => s.lastEnded;
export const selectCallWrites = (s: AppState) => s.callWrites;
/** Some call is open (shown or not): the shell offers the way back to it. */
export const selectHasLiveCall = (s: AppState) => s.call !== null;
export const selectOnHold = (s: AppState) => s.call?.state.phase === 'on_hold';
