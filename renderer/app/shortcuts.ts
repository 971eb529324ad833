// The keyboard map, in one place: the help overlay lists it and the global handler reads
// it, so the two cannot disagree.

export type ShortcutAction = 'focusNumber' | 'focusSearch' | 'toggleHelp';

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
      { keys: ['?'], what: 'Show or hide this help' },
      { keys: ['Esc'], what: 'Clear the box you are in, or close this help' },
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
