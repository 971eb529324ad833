import { useEffect } from 'react';
import { globalShortcut, isTextField } from './shortcuts.js';
import { useAppStoreApi } from './StoreContext.js';

/** The window-wide keys (F2, /, Ctrl+K, F3, ?), resolved through the map in shortcuts.ts. */
export function useGlobalShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
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
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
