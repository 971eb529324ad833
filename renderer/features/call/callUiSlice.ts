import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from '../../app/state.js';
import type { LiveAction } from '../../app/liveShortcuts.js';
import { holdNow } from './hold/holdNow.js';

/** The one dialog or chooser open over the call (or the history screen, for 'start'). */
export type CallPanel =
  | 'none'
  | 'start'
  | 'method'
  | 'mood'
  | 'abuse'
  | 'holdNoPermission'
  | 'promise'
  | 'transfer'
  | 'escalate'
  | 'wrapUp';

export type CallUiSlice = {
  callPanel: CallPanel;
  /** The promise dialog was opened from a callback offer: prefill "call back". */
  promisePreset: 'callback' | null;
  /** Bumped to ask the case-number block to copy itself (it owns the DOM node to select). */
  copyRequest: number;
  openPanel(panel: CallPanel, preset?: 'callback' | null): void;
  /** Closes whatever is open, or only `panel` if given (an async save must not close a dialog opened since). */
  closePanel(panel?: CallPanel): void;
  /** A live-call key: what it does depends on where the call stands. Returns whether it did something. */
  runLiveAction(action: LiveAction): boolean;
  answerHoldPermission(granted: boolean): Promise<void>;
  holdWithoutPermission(): Promise<void>;
  toggleStep(key: number): Promise<void>;
};

/** Which focus request is the latest: an async action only moves the keyboard if none came since. */
function focusSeq(s: AppState): number {
  return s.focusRequest?.seq ?? 0;
}

export const initialCallUiState = {
  callPanel: 'none' as CallPanel,
  promisePreset: null as 'callback' | null,
  copyRequest: 0,
};

export const createCallUiSlice: StateCreator<AppState, [], [], CallUiSlice> = (set, get) => ({
  ...initialCallUiState,
  openPanel(panel, preset = null) {
    set({ callPanel: panel, promisePreset: preset });
  },
  closePanel(panel) {
    const open = get().callPanel;
    if (open === 'none' || (panel !== undefined && panel !== open)) return;
    set({ callPanel: 'none', promisePreset: null });
  },
  runLiveAction(action) {
    const s = get();
    if (action.kind === 'help') {
      s.setHelpOpen(!s.helpOpen);
      return true;
    }
    if (action.kind === 'dueList') {
      s.setHelpOpen(false);
      void s.openDue();
      return true;
    }
    const call = s.call;
    if (action.kind === 'startCall') {
      if (call) {
        s.showCall();
        return true;
      }
      if (s.screen.kind !== 'history') return false;
      s.setHelpOpen(false);
      s.openPanel('start');
      return true;
    }
    // Everything else acts on the open call; with none, the key does nothing.
    if (!call || call.state.endedAt !== null) return false;
    s.setHelpOpen(false);
    s.closeDue();
    s.showCall();
    const hold = holdNow(call, s.callNow());
    switch (action.kind) {
      case 'step':
        void s.toggleStep(action.key);
        return true;
      case 'method':
      case 'mood':
      case 'abuse':
      case 'promise':
      case 'transfer':
      case 'escalate':
      case 'wrapUp':
        s.openPanel(action.kind);
        return true;
      case 'notes':
        s.closePanel();
        s.requestFocus('notes');
        return true;
      case 'closing':
        s.closePanel();
        s.requestFocus('closing');
        return true;
      case 'copyCase':
        set({ copyRequest: s.copyRequest + 1 });
        return true;
      case 'hold':
        s.closePanel();
        if (hold.onHold) {
          void s.record({ type: 'hold.ended' });
        } else if (hold.permission === 'granted') {
          void s.record({ type: 'hold.started' });
        } else if (hold.permission === 'asked') {
          s.requestFocus('holdAsk');
        } else {
          const asked = focusSeq(get());
          void s.record({ type: 'hold.permission_asked' }).then((r) => {
            // Only if the rep has not sent the keyboard elsewhere meanwhile.
            if (r.ok && focusSeq(get()) === asked) get().requestFocus('holdAsk');
          });
        }
        return true;
      case 'holdNoPermission':
        if (hold.onHold) return false;
        s.openPanel('holdNoPermission');
        return true;
      case 'checkin':
        if (!hold.onHold) return false;
        void s.record({ type: 'hold.checkin_done' });
        return true;
      case 'callback':
        if (hold.callback !== 'offered') void s.record({ type: 'hold.callback_offered' });
        s.openPanel('promise', 'callback');
        return true;
    }
  },
  async answerHoldPermission(granted) {
    const before = focusSeq(get());
    const answered = await get().record({ type: 'hold.permission_answered', granted });
    if (answered.ok && granted) await get().record({ type: 'hold.started' });
    // The question bar that had the keyboard is gone: back to the notes, unless the rep moved on.
    if (focusSeq(get()) === before) get().requestFocus('notes');
  },
  async holdWithoutPermission() {
    get().closePanel();
    const before = focusSeq(get());
    await get().record({ type: 'hold.started' });
    if (focusSeq(get()) === before) get().requestFocus('notes');
  },
  async toggleStep(key) {
    const call = get().call;
    const step = call?.state.script.steps.find((st) => st.key === key);
    if (!step) return;
    await get().record({ type: step.done ? 'step.unchecked' : 'step.checked', stepId: step.id });
  },
});
