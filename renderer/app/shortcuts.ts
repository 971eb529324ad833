// The keyboard map, in one place: the help overlay lists it and the global handler reads
// it, so the two cannot disagree.

export type ShortcutAction = 'focusNumber' | 'focusSearch' | 'toggleHelp';
// The live-call keys (Alt chords) are in liveShortcuts.ts; their help is listed below.

export type KeyLike = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field: plain characters ("/", "?", digits) belong to it. */
  inTextField: boolean;
};

export function globalShortcut(k: KeyLike): ShortcutAction | null {
  if (k.key === 'F2') return 'focusNumber';
  if (k.key === 'F3') return 'focusSearch';
  if ((k.ctrlKey || k.metaKey) && !k.altKey && k.key.toLowerCase() === 'k') return 'focusSearch';
  if (k.inTextField || k.ctrlKey || k.metaKey || k.altKey) return null;
  if (k.key === '/') return 'focusNumber';
  if (k.key === '?') return 'toggleHelp';
  return null;
}

/** What the help overlay shows, grouped as a rep thinks of them. */
export const SHORTCUT_HELP: readonly { group: string; items: readonly { keys: string[]; what: string }[] }[] = [
  {
    group: 'Anywhere',
    items: [
      { keys: ['F2', '/'], what: 'Go to the number box (type or paste a number, Enter looks it up)' },
      { keys: ['Ctrl+K', 'F3'], what: 'Search by name, phone digits, case number or note words' },
      { keys: ['?', 'F1'], what: 'Show or hide this help (F1 works while typing)' },
      { keys: ['Alt+D'], what: 'Promises due and overdue: done, reschedule, history' },
      { keys: ['Alt+U'], what: 'Sync: work offline, sync now, sign out, enrol' },
      { keys: ['Esc'], what: 'Clear the box you are in, or close this help' },
    ],
  },
  {
    group: 'Live call: listening (work while typing a note)',
    items: [
      { keys: ['Alt+N'], what: 'Notes box. Enter adds the note, Shift+Enter a new line' },
      { keys: ['Alt+1', '…', 'Alt+9'], what: 'Tick or untick script step 1 to 9' },
      { keys: ['Alt+M'], what: 'Switch method (HEARD, LAST, irate caller)' },
      { keys: ['Alt+O'], what: 'Caller’s mood: 1 calm, 2 upset, 3 angry, 4 abusive' },
      { keys: ['Alt+A'], what: 'Abusive caller: offer a supervisor, warn once' },
      { keys: ['Alt+Y'], what: 'Copy the case number' },
    ],
  },
  {
    group: 'Live call: holds',
    items: [
      { keys: ['Alt+H'], what: 'Ask permission to hold, then Y yes (hold starts) or N no. On hold: resume' },
      { keys: ['Alt+C'], what: 'Check in with the caller during the hold' },
      { keys: ['Alt+B'], what: 'Offer a callback instead of more holding' },
      { keys: ['Alt+Shift+H'], what: 'Hold without permission (recorded as such)' },
    ],
  },
  {
    group: 'Live call: closing',
    items: [
      { keys: ['Alt+P'], what: 'Record a promise: 1-5 pick the due time' },
      { keys: ['Alt+L'], what: 'Closing checklist; then A, W, R, C, P, T tick items' },
      { keys: ['Alt+T'], what: 'Transfer (to whom), with the hand-over summary' },
      { keys: ['Alt+E'], what: 'Escalate (to whom, why), with the hand-over summary' },
      { keys: ['Alt+W'], what: 'Wrap up and end the call' },
    ],
  },
  {
    group: 'Caller history',
    items: [
      { keys: ['Alt+S'], what: 'Start the call: pick the case (digits, ↑ ↓), N new case, 0 no case' },
      { keys: ['H', 'L', 'I'], what: 'In the start dialog: the method (HEARD, LAST, irate caller)' },
      { keys: ['Alt+K'], what: 'Cases: ↑ ↓ pick, E edits (1-5 the status)' },
    ],
  },
  {
    group: 'Search results',
    items: [
      { keys: ['↑', '↓'], what: 'Move through the results' },
      { keys: ['Enter'], what: 'Open the highlighted customer' },
    ],
  },
  {
    group: 'Several customers share the number',
    items: [
      { keys: ['↑', '↓'], what: 'Move through the customers' },
      { keys: ['Enter'], what: 'Open the highlighted customer' },
      { keys: ['1', '…', '9'], what: 'Open customer 1 to 9 directly' },
    ],
  },
  {
    group: 'New customer form',
    items: [
      { keys: ['Enter', 'Ctrl+Enter'], what: 'Create the customer' },
      { keys: ['Tab'], what: 'Next field' },
    ],
  },
];

export function isTextField(target: EventTarget | null): boolean {
  if (!target || typeof (target as { tagName?: unknown }).tagName !== 'string') return false;
  const el = target as unknown as { tagName: string; isContentEditable?: boolean; type?: string };
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes((el.type ?? 'text').toLowerCase());
}
