import type { CallView, HoldView } from '../../../../core/api/schemas/call.js';
import { DEFAULT_HOLD_POLICY, holdElapsedMs, totalHoldMs } from '../../../../core/call/holdPolicy.js';
import { currentHold } from '../../../../core/call/state.js';

// The hold as it stands at `now` (the backend's clock), from the last CallView. The backend
// computed its prompt and deadlines when it made the view; between views time moves on, so
// the UI re-judges the same deadlines every tick. That also covers a reload: the prompt
// comes back from the log, not from a timer that fired while the window was gone.

export type PromptLevel = 'none' | 'due' | 'escalated';
export type CallbackLevel = 'none' | 'offer' | 'offered';
/** Where "may I place you on hold?" stands (only before a hold; a hold spends it). */
export type PermissionLevel = 'none' | 'asked' | 'granted' | 'declined';

export type HoldNow = {
  onHold: boolean;
  startedAt: number | null;
  elapsedMs: number;
  withPermission: boolean;
  prompt: PromptLevel;
  checkinNumber: number | null;
  /** Until the next check-in is due; negative once it is overdue. null off hold. */
  dueInMs: number | null;
  callback: CallbackLevel;
  permission: PermissionLevel;
  /** The backend's figures, with the open hold's time grown to `now`. */
  stats: HoldView['stats'];
};

const RANK: Record<PromptLevel, number> = { none: 0, due: 1, escalated: 2 };

export function holdNow(view: CallView, now: number): HoldNow {
  const hold = currentHold(view.state.hold);
  const h = view.hold;
  const onHold = hold !== null && view.state.endedAt === null;
  const elapsedMs = hold ? holdElapsedMs(hold, now) : 0;

  let prompt: PromptLevel = 'none';
  if (onHold && h.checkinDueAt !== null) {
    if (h.checkinLateAt !== null && now >= h.checkinLateAt) prompt = 'escalated';
    else if (now >= h.checkinDueAt) prompt = 'due';
    // Time only moves forward: never show less urgency than the backend saw.
    if (RANK[h.prompt] > RANK[prompt]) prompt = h.prompt;
  }

  // HoldView has no callback deadline; the threshold is not a team setting, so the policy
  // default is the backend's too.
  let callback: CallbackLevel = h.callback;
  if (callback === 'none' && totalHoldMs(view.state.hold.holds, now) >= DEFAULT_HOLD_POLICY.callbackAfterMs) callback = 'offer';

  const grown = hold ? Math.max(0, now - view.now) : 0;
  const stats = { ...h.stats, totalMs: h.stats.totalMs + grown, longestMs: Math.max(h.stats.longestMs, elapsedMs) };

  const p = view.state.hold.permission;
  const permission: PermissionLevel = onHold || p === null ? 'none' : p.granted === null ? 'asked' : p.granted ? 'granted' : 'declined';

  return {
    onHold,
    startedAt: hold?.startedAt ?? null,
    elapsedMs,
    withPermission: hold?.withPermission ?? false,
    prompt,
    checkinNumber: onHold ? h.checkinNumber : null,
    dueInMs: onHold && h.checkinDueAt !== null ? h.checkinDueAt - now : null,
    callback,
    permission,
    stats,
  };
}

export type HoldAlertKind = 'checkin_due' | 'checkin_late' | 'offer_callback';

/**
 * The prompt worth a sound and a notification right now, if any, with the key that makes
 * it fire once whether the backend's push or the UI's own tick sees it first.
 */
export function holdAlert(view: CallView, hold: HoldNow): { kind: HoldAlertKind; key: string } | null {
  if (!hold.onHold) return null;
  const at = hold.startedAt ?? 0;
  if (hold.prompt === 'escalated') return { kind: 'checkin_late', key: holdAlertKey(view.callId, at, 'checkin_late', hold.checkinNumber) };
  if (hold.prompt === 'due') return { kind: 'checkin_due', key: holdAlertKey(view.callId, at, 'checkin_due', hold.checkinNumber) };
  if (hold.callback === 'offer') return { kind: 'offer_callback', key: holdAlertKey(view.callId, at, 'offer_callback', null) };
  return null;
}

/**
 * Check-ins are numbered per hold, so the hold's start is part of the key; the callback
 * offer comes once per call.
 */
export function holdAlertKey(callId: string, holdStartedAt: number, kind: HoldAlertKind, checkinNumber: number | null): string {
  return kind === 'offer_callback' ? `${callId}|offer_callback` : `${callId}|${holdStartedAt}|${kind}|${checkinNumber ?? 0}`;
}
