import { describe, expect, it } from 'vitest';
import { DESK_LETTERS, deskShortcut } from '../../../../renderer/app/deskShortcuts.js';
import { LIVE_LETTERS, type LiveKeyLike } from '../../../../renderer/app/liveShortcuts.js';

describe('the desk chords', () => {
  const key = (k: Partial<LiveKeyLike> & { key: string }): LiveKeyLike => ({ ctrlKey: false, metaKey: false, altKey: true, shiftKey: false, inTextField: true, ...k });

  it('use letters no live-call chord uses', () => {
    const live = new Set(Object.values(LIVE_LETTERS));
    for (const letter of Object.values(DESK_LETTERS)) expect(live.has(letter)).toBe(false);
  });

  it('map Alt+U and Alt+K, in a text field too, and nothing without Alt', () => {
    expect(deskShortcut(key({ key: 'u' }))).toEqual({ kind: 'sync' });
    expect(deskShortcut(key({ key: 'K', code: 'KeyK' }))).toEqual({ kind: 'cases' });
    expect(deskShortcut(key({ key: 'u', altKey: false }))).toBeNull();
    expect(deskShortcut(key({ key: 'u', ctrlKey: true }))).toBeNull();
  });
});
