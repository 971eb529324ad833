import { chordChar, type LiveKeyLike } from './liveShortcuts.js';

// Alt chords that are not about the live call: the sync panel and the caller's cases. Alt
// for the same reasons as the live keys (they work while typing and never type a
// character); their letters must stay clear of LIVE_LETTERS (a unit test checks it).

export type DeskAction = { kind: 'sync' } | { kind: 'cases' };

export const DESK_LETTERS: Record<DeskAction['kind'], string> = {
  /** U: "up to date?" — the sync panel, from anywhere. */
  sync: 'u',
  /** K: the cases list of the caller on screen (C and E are the live call's). */
  cases: 'k',
};

const BY_LETTER = new Map(Object.entries(DESK_LETTERS).map(([kind, letter]) => [letter, kind as DeskAction['kind']]));

export function deskShortcut(k: LiveKeyLike): DeskAction | null {
  if (!k.altKey || k.ctrlKey || k.metaKey || k.shiftKey) return null;
  const c = chordChar(k);
  const kind = c === null ? undefined : BY_LETTER.get(c);
  return kind ? { kind } : null;
}

/** "Alt+U", for buttons and hints. */
export function deskChordLabel(kind: DeskAction['kind']): string {
  return `Alt+${DESK_LETTERS[kind].toUpperCase()}`;
}

