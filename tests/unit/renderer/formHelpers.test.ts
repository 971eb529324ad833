import { describe, expect, it } from 'vitest';
import { splitFieldErrors } from '../../../renderer/features/screenPop/fieldErrors.js';
import { globalShortcut, isTextField, type KeyLike } from '../../../renderer/app/shortcuts.js';

describe('splitting the backend message per field', () => {
  it('puts each "path: message" under its field', () => {
    const errors = splitFieldErrors({
      code: 'BAD_INPUT',
      message: "name: Enter the caller's name. email: That email address does not look right.",
    });
    expect(errors.fields).toEqual({ name: "Enter the caller's name.", email: 'That email address does not look right.' });
    expect(errors.general).toBeNull();
  });

  it('keeps phone rows apart', () => {
    const errors = splitFieldErrors({ code: 'INVALID_PHONE', message: 'phones.1: "12" is not a valid phone number (check the digits and the country code).' });
    expect(errors.fields['phones.1']).toMatch(/"12" is not a valid phone number/);
  });

  it('finds the row of a bad phone whose message has no path, by the quoted text', () => {
    const errors = splitFieldErrors({ code: 'INVALID_PHONE', message: '"abc" has characters a phone number cannot have.' }, ['(415) 555-2671', 'abc']);
    expect(errors.fields['phones.1']).toMatch(/abc/);
    expect(errors.general).toBeNull();
  });

  it('leaves a message without a field (a duplicate) as a general error', () => {
    const errors = splitFieldErrors({ code: 'DUPLICATE', message: 'Ann Lee is already saved with (415) 555-2671. Open that customer instead of adding them again.' });
    expect(errors.fields).toEqual({});
    expect(errors.general).toMatch(/already saved/);
  });
});

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
