import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { LIMITS } from './limits.js';

export type NormalizedPhone = {
  /** E.164, the one form stored and compared: "+14155552671". */
  e164: string;
  /** How a rep reads it on screen: "(415) 555-2671" at home, "+44 20 7946 0958" abroad. */
  display: string;
};

export type PhoneError = { code: 'INVALID_PHONE'; message: string };

/**
 * Turns whatever a rep typed or a softphone sent into E.164.
 * Accepts the common written forms: "(415) 555-2671", "415.555.2671", "+1 415 555 2671",
 * "00 44 20 7946 0958", "tel:+1-415-555-2671". Numbers without a country code are read
 * in the team's default country. Anything that is not a real, dialable number is refused
 * with a message that says why, so the rep can fix it.
 */
export function normalizePhone(
  raw: string,
  defaultCountry: CountryCode = 'US',
): { ok: true; value: NormalizedPhone } | { ok: false; error: PhoneError } {
  const fail = (message: string) => ({ ok: false as const, error: { code: 'INVALID_PHONE' as const, message } });
  if (raw.length > LIMITS.phoneInput) return fail(`A phone number has at most ${LIMITS.phoneInput} characters.`);
  let text = raw.trim().replace(/^tel:/i, '');
  if (text === '') return fail('Enter a phone number.');
  if (/[^\d\s()+\-./]/.test(text)) return fail(`"${raw}" has characters a phone number cannot have.`);
  // International prefix "00" (most of the world) means the same as "+".
  text = text.replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(text, defaultCountry);
  if (!parsed) return fail(`"${raw}" is not a phone number.`);
  if (!parsed.isValid()) return fail(`"${raw}" is not a valid phone number (check the digits and the country code).`);
  const e164 = parsed.number;
  const display = parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
  return { ok: true, value: { e164, display } };
}

/** The display form of an already-stored E.164 number. */
export function displayPhone(e164: string, defaultCountry: CountryCode = 'US'): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === defaultCountry ? parsed.formatNational() : parsed.formatInternational();
}

/** Digits only; used by search to find a number from a fragment such as its last four digits. */
export function phoneDigits(text: string): string {
  return text.replace(/\D/g, '');
}
