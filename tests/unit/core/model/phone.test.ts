import { describe, expect, it } from 'vitest';
import { displayPhone, normalizePhone } from '../../../../core/model/phone.js';

describe('normalizePhone', () => {
  it.each([
    ['(415) 555-2671', '+14155552671'],
    ['415.555.2671', '+14155552671'],
    ['415-555-2671', '+14155552671'],
    ['4155552671', '+14155552671'],
    ['+1 415 555 2671', '+14155552671'],
    ['1 (415) 555-2671', '+14155552671'],
    ['tel:+1-415-555-2671', '+14155552671'],
    ['  +14155552671  ', '+14155552671'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 20 7946 0958', '+442079460958'],
    ['+49 30 901820', '+4930901820'],
  ])('reads %s as %s', (input, e164) => {
    const result = normalizePhone(input, 'US');
    expect(result.ok && result.value.e164).toBe(e164);
  });

  it('shows home numbers in national form and foreign ones in international form', () => {
    const home = normalizePhone('4155552671', 'US');
    const abroad = normalizePhone('+44 20 7946 0958', 'US');
    expect(home.ok && home.value.display).toBe('(415) 555-2671');
    expect(abroad.ok && abroad.value.display).toBe('+44 20 7946 0958');
    expect(displayPhone('+14155552671')).toBe('(415) 555-2671');
  });

  it.each([
    ['', /Enter a phone number/],
    ['12', /not a (valid )?phone number/],
    ['555-CALL-NOW', /characters a phone number cannot have/],
    ['+1 999 555 2671', /not a valid phone number/],
    ['4'.repeat(41), /at most 40 characters/],
    ["'; DROP TABLE customers; --", /characters a phone number cannot have/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = normalizePhone(input, 'US');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_PHONE');
      expect(result.error.message).toMatch(message);
    }
  });

  it('reads numbers without a country code in the team country', () => {
    const uk = normalizePhone('020 7946 0958', 'GB');
    expect(uk.ok && uk.value.e164).toBe('+442079460958');
  });
});
