import type { KeyLike } from './shortcuts.js';

// The live-call keys. Every one is Alt + a letter or digit, so each works while the rep is
// typing a note (the caller is talking; leaving the notes box costs words) and none can
// ever type a character into a note. Plain keys are kept for focused lists and choosers.
//
// The closing checklist's letters (a, w, r, c, p, t in core/call/closing.ts) are plain
// letters inside the checklist (Alt+L goes there), not Alt chords, so the Alt letters
// below stay free for the actions a rep needs mid-sentence.

export type LiveAction =
  | { kind: 'startCall' }
  | { kind: 'step'; key: number }
  | { kind: 'method' }
  | { kind: 'notes' }
  | { kind: 'mood' }
  | { kind: 'abuse' }
  | { kind: 'hold' }
  | { kind: 'holdNoPermission' }
  | { kind: 'checkin' }
  | { kind: 'callback' }
  | { kind: 'promise' }
  | { kind: 'dueList' }
  | { kind: 'transfer' }
  | { kind: 'escalate' }
  | { kind: 'closing' }
  | { kind: 'wrapUp' }
  | { kind: 'copyCase' }
  | { kind: 'help' };

export type LiveKeyLike = KeyLike & { code?: string; shiftKey?: boolean };

type Simple = Exclude<LiveAction, { kind: 'step' }>['kind'];

/** Alt + letter. Exported so the help overlay and the buttons show the same letters. */
export const LIVE_LETTERS: Record<Exclude<Simple, 'holdNoPermission' | 'help'>, string> = {
  startCall: 's',
  method: 'm',
  notes: 'n',
  mood: 'o',
  abuse: 'a',
  hold: 'h',
  checkin: 'c',
  callback: 'b',
  promise: 'p',
  dueList: 'd',
  transfer: 't',
  escalate: 'e',
  closing: 'l',
  wrapUp: 'w',
  copyCase: 'y',
};

const BY_LETTER = new Map<string, Simple>(Object.entries(LIVE_LETTERS).map(([kind, letter]) => [letter, kind as Simple]));

/**
 * The letter or digit of a chord. macOS's Option turns Option+S into "ß", and a French
 * layout's digit row gives "&" unshifted: then the physical key (`code`) names it.
 */
export function chordChar(k: LiveKeyLike): string | null {
  if (/^[a-z0-9]$/i.test(k.key)) return k.key.toLowerCase();
  const code = k.code ?? '';
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return (letter[1] as string).toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  return digit ? (digit[1] as string) : null;
}

export function liveShortcut(k: LiveKeyLike): LiveAction | null {
  if (k.key === 'F1') return { kind: 'help' };
  if (!k.altKey || k.ctrlKey || k.metaKey) return null;
  const c = chordChar(k);
  if (c === null) return null;
  if (k.shiftKey) return c === 'h' ? { kind: 'holdNoPermission' } : null;
  if (/^[1-9]$/.test(c)) return { kind: 'step', key: Number(c) };
  const kind = BY_LETTER.get(c);
  return kind ? ({ kind } as LiveAction) : null;
}

/** "Alt+H", for buttons and hints. */
export function chordLabel(kind: keyof typeof LIVE_LETTERS): string {
  return `Alt+${LIVE_LETTERS[kind].toUpperCase()}`;
}
