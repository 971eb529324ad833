import type { AppState } from '../../app/state.js';

export const selectNumberText = (s: AppState) => s.numberText;
export const selectLookupError = (s: AppState) => s.lookupError;
export const selectPopSource = (s: AppState) => s.popSource;
export const selectPickActive = (s: AppState) => s.pickActive;
export const selectNewCustomer = (s: AppState) => s.newCustomer;
export const selectIsLookingUp = (s: AppState) => s.screen.kind === 'loading';
