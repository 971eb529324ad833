import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

// Secrets are shown once and stored only as SHA-256: a leaked database backup must not
// let anyone act as a device or enrol one. The inputs are high-entropy random values, so
// a fast unsalted hash is enough (no password stretching needed).

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** A device token: 32 random bytes, base64url (43 characters). */
export function newDeviceToken(): string {
  return randomBytes(32).toString('base64url');
}

// Crockford base32: no I, L, O, U, so a code read aloud or typed from paper is unambiguous.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTH = 16; // 80 bits

/** An enrolment code for a human to type: "7K4Q-M2X9-...". */
export function newEnrolmentCode(): string {
  let raw = '';
  for (let i = 0; i < CODE_LENGTH; i++) raw += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return raw.match(/.{4}/g)!.join('-');
}

/** Case, dashes and spaces are forgiven, and so are the look-alikes Crockford maps. */
export function normaliseEnrolmentCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function hashEnrolmentCode(code: string): string {
  return sha256Hex(normaliseEnrolmentCode(code));
}

/** Constant-time comparison of two hex digests. */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
