import { describe, expect, it } from 'vitest';
import { globalShortcut, isTextField, type KeyLike } from '../../../../renderer/app/shortcuts.js';

describe('global shortcuts', () => {
  const key = (k: Partial<KeyLike> & { key: string }): KeyLike => ({ ctrlKey: false, metaKey: false, altKey: false, inTextField: false, ...k });

  it('F2 and / go to the number box; Ctrl+K and F3 to search', () => {
    expect(globalShortcut(key({ key: 'F2' }))).toBe('focusNumber');
    expect(globalShortcut(key({ key: '/' }))).toBe('focusNumber');
    expect(globalShortcut(key({ key: 'k', ctrlKey: true }))).toBe('focusSearch');
    expect(globalShortcut(key({ key: 'K', metaKey: true }))).toBe('focusSearch');
    expect(globalShortcut(key({ key: 'F3' }))).toBe('focusSearch');
    expect(globalShortcut(key({ key: '?' }))).toBe('toggleHelp');
  });

  it('leaves plain characters to a text field, but not the function keys', () => {
    expect(globalShortcut(key({ key: '/', inTextField: true }))).toBeNull();
    expect(globalShortcut(key({ key: '?', inTextField: true }))).toBeNull();
    expect(globalShortcut(key({ key: 'F2', inTextField: true }))).toBe('focusNumber');
    expect(globalShortcut(key({ key: 'k', ctrlKey: true, inTextField: true }))).toBe('focusSearch');
    expect(globalShortcut(key({ key: 'a' }))).toBeNull();
  });

  it('knows a text field from a button', () => {
    expect(isTextField({ tagName: 'INPUT', type: 'tel' } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTextField({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTextField({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
