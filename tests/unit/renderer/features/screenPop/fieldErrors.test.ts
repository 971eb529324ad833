import { describe, expect, it } from 'vitest';
import { splitFieldErrors } from '../../../../../renderer/features/screenPop/fieldErrors.js';

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
