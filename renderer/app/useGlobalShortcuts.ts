import { useEffect } from 'react';
import { deskShortcut } from './deskShortcuts.js';
import { liveShortcut } from './liveShortcuts.js';
import { globalShortcut, isTextField } from './shortcuts.js';
import { useAppStoreApi } from './StoreContext.js';
import { runDeskAction } from './runDeskAction.js';

/**
 * The window-wide keys: F2, /, Ctrl+K, F3, ? (shortcuts.ts), the live-call Alt chords and
 * F1 (liveShortcuts.ts) and the sync and cases chords (deskShortcuts.ts). The chords listen
 * in the capture phase, so they act even while a dialog or a list handles plain keys itself.
 */
export function useGlobalShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onLiveKey = (event: KeyboardEvent) => {
      const state = store.getState();
      // Any key is a user gesture: the moment audio may start, for later hold prompts.
      state.unlockAlerts();
      const key = {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTextField(event.target),
      };
      const desk = deskShortcut(key);
      const live = desk ? null : liveShortcut(key);
      if (!desk && !live) return;
      // Always swallow a chord we own: on macOS it would otherwise type "ß" into the note.
      event.preventDefault();
      event.stopPropagation();
      if (desk) {
        runDeskAction(state, desk);
        return;
      }
      // One dialog at a time: a live key that acted takes over from the sync panel and a case edit.
      if (live && state.runLiveAction(live) && live.kind !== 'help') {
        state.closeSync();
        state.closeCaseEdit();
      }
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const action = globalShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inTextField: isTextField(event.target),
      });
      if (!action) return;
      event.preventDefault();
      const state = store.getState();
      if (action === 'toggleHelp') {
        state.setHelpOpen(!state.helpOpen);
        return;
      }
      state.setHelpOpen(false);
      state.requestFocus(action === 'focusNumber' ? 'number' : 'search');
    };
    const onPointer = () => store.getState().unlockAlerts();
    window.addEventListener('keydown', onLiveKey, true);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onLiveKey, true);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [store]);
}
