import type { SyncState } from '../../../core/api/commands.js';

// What each sync state means for the rep, and what to do about it, in the panel's words.

export const STATE_TITLE: Record<SyncState, string> = {
  not_enrolled: 'Not connected to a server',
  connecting: 'Connecting…',
  paused: 'Working offline (paused)',
  online: 'Online',
  offline: 'Offline',
  signed_out: 'Signed out by the server',
  cloned: 'This desk’s identity is used elsewhere',
  outdated: 'This app is too old for the server',
  error: 'Sync is failing',
};

export const STATE_HELP: Record<SyncState, string> = {
  not_enrolled: 'Everything you do is saved on this desk. Enrol with the one-time code from your team lead to share it with the team.',
  connecting: 'Reaching the server. Keep working: everything is saved here first.',
  paused: 'Nothing is sent or received until you resume. Your work is saved here and sent when you resume.',
  online: 'Your work reaches the server within seconds, and other desks’ work reaches you.',
  offline: 'The server cannot be reached. Keep working: changes wait here and are sent when it is back.',
  signed_out: 'The server no longer accepts this desk’s sign-in (it was revoked). Ask for a new code and enrol again; waiting changes are kept.',
  cloned: 'Another computer uses this desk’s identity (a copied store). Enrol again with a new code: this desk takes a new identity and keeps its waiting changes.',
  outdated: 'The server refuses this version of Heard. Update the app; waiting changes are kept.',
  error: 'The last attempt failed (below). Keep working: it is tried again by itself, or press Sync now.',
};

/** States where the rep gets back in by enrolling (again). */
export function needsEnrolment(state: SyncState): boolean {
  return state === 'not_enrolled' || state === 'signed_out' || state === 'cloned';
}

export const ROLE_LABEL = { rep: 'Rep', qa: 'QA supervisor', trainee: 'Trainee', admin: 'Admin' } as const;

/** "1 change", "12 changes". */
export function changes(n: number): string {
  return `${n} change${n === 1 ? '' : 's'}`;
}
