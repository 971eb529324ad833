import { describe, expect, it } from 'vitest';
import { chordChar, liveShortcut, LIVE_LETTERS, type LiveKeyLike } from '../../../../renderer/app/liveShortcuts.js';
import { globalShortcut } from '../../../../renderer/app/shortcuts.js';

const key = (k: Partial<LiveKeyLike> & { key: string }): LiveKeyLike => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...k,
});

describe('the live-call keys', () => {
  it('maps Alt + digit to a script step and Alt + letter to its action, in a text field too', () => {
    expect(liveShortcut(key({ key: '3', altKey: true }))).toEqual({ kind: 'step', key: 3 });
    expect(liveShortcut(key({ key: 'h', altKey: true, inTextField: true }))).toEqual({ kind: 'hold' });
    expect(liveShortcut(key({ key: 'n', altKey: true, inTextField: true }))).toEqual({ kind: 'notes' });
    expect(liveShortcut(key({ key: 'S', altKey: true }))).toEqual({ kind: 'startCall' });
    expect(liveShortcut(key({ key: 'd', altKey: true }))).toEqual({ kind: 'dueList' });
  });

  it('never takes a plain key, so typing a note can never trigger an action', () => {
    for (const k of ['1', 'h', 'n', 'y', 'Y', ' ', 'Enter']) {
      expect(liveShortcut(key({ key: k }))).toBeNull();
      expect(liveShortcut(key({ key: k, inTextField: true }))).toBeNull();
    }
    // Shift alone types capitals.
    expect(liveShortcut(key({ key: 'H', shiftKey: true, inTextField: true }))).toBeNull();
  });

  it('leaves Ctrl and Cmd chords alone (copy, paste, the browser) and AltGr (Ctrl+Alt) characters too', () => {
    expect(liveShortcut(key({ key: 'c', ctrlKey: true }))).toBeNull();
    expect(liveShortcut(key({ key: 'c', metaKey: true, altKey: true }))).toBeNull();
    expect(liveShortcut(key({ key: '@', ctrlKey: true, altKey: true, code: 'KeyQ' }))).toBeNull();
  });

  it('reads the physical key when the layout turns the chord into another character (macOS Option, AZERTY digits)', () => {
    expect(chordChar(key({ key: 'ß', code: 'KeyS', altKey: true }))).toBe('s');
    expect(liveShortcut(key({ key: '˙', code: 'KeyH', altKey: true }))).toEqual({ kind: 'hold' });
    expect(liveShortcut(key({ key: '&', code: 'Digit1', altKey: true }))).toEqual({ kind: 'step', key: 1 });
    expect(liveShortcut(key({ key: 'Dead', code: 'Backquote', altKey: true }))).toBeNull();
  });

  it('has an explicit chord for a hold without permission, and F1 for help even while typing', () => {
    expect(liveShortcut(key({ key: 'H', code: 'KeyH', altKey: true, shiftKey: true }))).toEqual({ kind: 'holdNoPermission' });
    expect(liveShortcut(key({ key: 'N', altKey: true, shiftKey: true }))).toBeNull();
    expect(liveShortcut(key({ key: 'F1', inTextField: true }))).toEqual({ kind: 'help' });
    expect(liveShortcut(key({ key: '0', altKey: true }))).toBeNull();
  });

  it('gives every action its own letter, none clashing with the window-wide keys', () => {
    const letters = Object.values(LIVE_LETTERS);
    expect(new Set(letters).size).toBe(letters.length);
    for (const l of letters) expect(globalShortcut(key({ key: l, altKey: true }))).toBeNull();
  });
});
