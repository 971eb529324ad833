import type { StateCreator } from 'zustand/vanilla';
import type { CustomerCandidate, CustomerHistory } from '../../core/model/history.js';
import type { AppState } from './state.js';

/** The number a screen pop was for, as the backend normalized it. */
export type PoppedNumber = { e164: string; display: string };

/** What the main area shows; exactly one at a time, so a rep never sees two customers mixed. */
export type Screen =
  | { kind: 'idle' }
  | { kind: 'loading'; label: string }
  | { kind: 'pick'; number: PoppedNumber; candidates: CustomerCandidate[] }
  | { kind: 'new'; number: PoppedNumber }
  | { kind: 'history'; history: CustomerHistory; number: PoppedNumber | null }
  /** The live call (its data is in the live slice; there is at most one). */
  | { kind: 'call' }
  | { kind: 'error'; title: string; message: string };

export type ScreenSlice = {
  screen: Screen;
  /**
   * Bumped by every navigation (lookup, pick, search result). An answer that arrives after
   * the rep moved on carries an older number and is dropped, so a slow lookup for the last
   * caller can never replace the screen of the current one.
   */
  navSeq: number;
  /** Starts a navigation showing `screen` meanwhile; returns its sequence number. */
  beginNav(screen: Screen): number;
  /** Shows `screen` if navigation `seq` is still the latest; says whether it did. */
  finishNav(seq: number, screen: Screen): boolean;
  resetScreen(): void;
};

export const initialScreenState = { screen: { kind: 'idle' } as Screen, navSeq: 0 };

export const createScreenSlice: StateCreator<AppState, [], [], ScreenSlice> = (set, get) => ({
  ...initialScreenState,
  beginNav(screen) {
    const seq = get().navSeq + 1;
    set({ navSeq: seq, screen });
    return seq;
  },
  finishNav(seq, screen) {
    if (get().navSeq !== seq) return false;
    set({ screen });
    return true;
  },
  resetScreen() {
    set({ navSeq: get().navSeq + 1, screen: { kind: 'idle' } });
  },
});
