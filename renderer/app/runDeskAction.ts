import type { DeskAction } from './deskShortcuts.js';
import type { AppState } from './state.js';

/**
 * Alt+U opens the sync panel over whatever is on screen (and closes it again); Alt+K goes to
 * the caller's cases. One dialog at a time, so the key's effect is where the rep looks;
 * a closed call dialog loses nothing (its text is kept as a draft).
 */
export function runDeskAction(s: AppState, action: DeskAction): boolean {
  if (action.kind === 'cases') return s.focusCases();
  if (s.syncOpen) {
    s.closeSync();
    return true;
  }
  s.setHelpOpen(false);
  s.closeDue();
  s.closePanel();
  s.closeCaseEdit();
  s.openSync();
  return true;
}
