import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The key for "is this the same person?": accents, case, punctuation and extra spaces do not
 * make a different customer ("José  García-Núñez" and "jose garcia nunez" are one).
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export type PhoneSearchKeys = {
  /** National significant number, for "starts with" searches: "4155552671". */
  national: string;
  /** Every digit of the E.164 number reversed, for "ends with" searches: "1762555514". */
  digitsRev: string;
};

/** The derived columns stored beside an E.164 number so fragments are index lookups. */
export function phoneSearchKeys(e164: string): PhoneSearchKeys {
  const digits = e164.replace(/\D/g, '');
  return { national: nationalNumber(e164, digits), digitsRev: reverse(digits) };
}

function nationalNumber(e164: string, digits: string): string {
  // North American numbers are "+1" and ten digits: answered without parsing, which keeps
  // bulk loads fast (parsing costs ~20 µs a number).
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return parsePhoneNumberFromString(e164)?.nationalNumber ?? digits;
}

export function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}
