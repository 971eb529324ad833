import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './state.js';

/** Places the keyboard can be sent to; each registers with useFocusTarget. */
export type FocusTarget =
  | 'number'
  | 'search'
  | 'picker'
  | 'newName'
  | 'history'
  | 'main'
  // The caller's cases list (Alt+K), where E or Enter edits the highlighted case.
  | 'cases'
  // The live call: the notes box, the hold permission question, the closing checklist.
  | 'notes'
  | 'holdAsk'
  | 'closing';

export type UiSlice = {
  helpOpen: boolean;
  /** A request for focus; `seq` changes on every request so asking twice focuses twice. */
  focusRequest: { target: FocusTarget; seq: number } | null;
  setHelpOpen(open: boolean): void;
  requestFocus(target: FocusTarget): void;
};

export const initialUiState = { helpOpen: false, focusRequest: null as UiSlice['focusRequest'] };

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  ...initialUiState,
  setHelpOpen(open) {
    set({ helpOpen: open });
  },
  requestFocus(target) {
    set({ focusRequest: { target, seq: (get().focusRequest?.seq ?? 0) + 1 } });
  },
});
