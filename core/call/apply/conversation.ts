import type { CallEventOf } from '../events.js';
import type { CallState } from '../state.js';

// What the rep records about the conversation itself: notes, mood, abuse handling.

export function onNoteAdded(s: CallState, e: CallEventOf<'note.added'>): CallState | string {
  if (s.notes.some((n) => n.id === e.noteId)) return 'this note was already added';
  return { ...s, notes: [...s.notes, { id: e.noteId, body: e.body, at: e.at }] };
}

/** The latest setting of each phase wins: a rep corrects a mis-click by setting it again. */
export function onMoodSet(s: CallState, e: CallEventOf<'mood.set'>): CallState {
  return { ...s, mood: { ...s.mood, [e.phase]: e.mood } };
}

export function onAbuseWarned(s: CallState, e: CallEventOf<'abuse.warned'>): CallState {
  return { ...s, abuseWarnings: [...s.abuseWarnings, e.at] };
}

export function onSupervisorOffered(s: CallState, e: CallEventOf<'supervisor.offered'>): CallState {
  return { ...s, supervisorOffers: [...s.supervisorOffers, e.at] };
}
