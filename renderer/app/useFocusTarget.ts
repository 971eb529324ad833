import { useEffect, type RefObject } from 'react';
import { selectFocusRequest } from './selectors.js';
import { useAppStore } from './StoreContext.js';
import type { FocusTarget } from './uiSlice.js';

/**
 * Moves the keyboard to `ref` when the store asks for `target`. Focus follows the screen
 * (the picker after 'many', the name field after 'none') so the rep's next key works
 * without reaching for the mouse.
 */
export function useFocusTarget(target: FocusTarget, ref: RefObject<HTMLElement | null>, select = false): void {
  const request = useAppStore(selectFocusRequest);
  useEffect(() => {
    if (request?.target !== target) return;
    const el = ref.current;
    if (!el) return;
    el.focus();
    if (select && el instanceof HTMLInputElement) el.select();
  }, [request, target, ref, select]);
}
