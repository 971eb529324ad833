// The live call's public face: the call screen, the one call dialog open at a time, what
// the shell shows over any screen while a call goes on (the hold prompt, the way back to
// the call, the hold alerts' watch), and the slices behind them. Its parts (script, hold,
// notes, closing, wrapUp, handover, mood) are rooms of this folder, not for outside use.

export { CallScreen } from './CallScreen.js';
export { CallDialogs } from './CallDialogs.js';
export { ReturnToCall } from './ReturnToCall.js';
export { HoldPromptBanner } from './hold/HoldPromptBanner.js';
export { useHoldAlerts } from './hold/useHoldAlerts.js';
export { createLiveSlice, initialLiveState, type LiveSlice } from './liveSlice.js';
export { createCallUiSlice, initialCallUiState, type CallUiSlice } from './callUiSlice.js';
