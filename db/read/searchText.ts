// Reading what a rep typed into the search box. Pure functions: what to look for, and FTS5
// query text that cannot be a syntax error whatever was typed.

/** Words beyond this are ignored: each adds a doclist to intersect, and 8 names anybody. */
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 64;

/**
 * The words of the text as FTS5's unicode61 tokenizer sees them (runs of letters and
 * digits). Quotes, stars, parentheses, minus signs and the like are separators here, just
 * as they are for the tokenizer, so they never reach the query syntax.
 */
export function searchWords(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_WORDS).map((w) => w.slice(0, MAX_WORD_LENGTH));
}

/**
 * Every word quoted, all required: `"refund" "order"`; with `lastIsPrefix` the last word may
 * be unfinished: `"refund" "ord"*`; with `allPrefixes` every word may be (`"mar"* "gar"*`,
 * for names). Inside double quotes FTS5 reads AND, OR, NOT and NEAR as plain words; the
 * words hold no quote characters (searchWords keeps letters and digits only), so the
 * quoting cannot be broken.
 */
export function ftsQuery(words: readonly string[], options: { allPrefixes?: boolean; lastIsPrefix?: boolean } = {}): string | null {
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words.map((w, i) => (options.allPrefixes || (options.lastIsPrefix && i === last) ? `"${w}"*` : `"${w}"`)).join(' ');
}

// Crockford base32 as used by caseNumberFromId; I, L and O are read as 1, 1 and 0, which is
// how a caller reading the number aloud is heard.
const CODE_CHARS = /^[0-9A-HJKMNP-TV-Z]*$/;

export type CaseNumberQuery = {
  /** Matches numbers starting with this, e.g. "HRD-7K4Q-M2" (a full number matches itself). */
  prefix: string;
  /** A lone 4-character group could also be the second half ("M2X9"), looked up on its own. */
  group: string | null;
};

/**
 * Whether the text reads as (part of) a case number: "HRD-7K4Q-M2X9", "hrd7k4q", "7K4Q-M2X9",
 * "7k4q". Without the "HRD" lead it needs at least four characters and a digit (or all
 * eight), so an ordinary word such as "anna" is not also taken for a case number.
 */
export function caseNumberQuery(text: string): CaseNumberQuery | null {
  const compact = text.toUpperCase().replace(/\s+/g, '');
  const lead = /^HRD-?/.exec(compact);
  const rest = lead ? compact.slice(lead[0].length) : compact;
  if (!/^[0-9A-Z]{0,4}-?[0-9A-Z]{0,4}$/.test(rest)) return null;
  const code = rest.replace(/-/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!CODE_CHARS.test(code)) return null;
  if (lead) {
    if (code.length === 0) return null;
  } else if (code.length < 4 || (code.length < 8 && !/\d/.test(code))) {
    return null;
  }
  const prefix = `HRD-${code.slice(0, 4)}${code.length > 4 ? `-${code.slice(4)}` : ''}`;
  return { prefix, group: !lead && code.length === 4 ? code : null };
}

/** Upper bound for a "starts with" range: every string with the prefix sorts below it. */
export function prefixEnd(prefix: string): string {
  // Keys here are ASCII; U+007F sorts after every printable ASCII character.
  return `${prefix}\u007f`;
}

/**
 * The digits of a phone-like text ("(415) 555", "2671", "+1 415-555-2671"), or null when
 * the text has letters or fewer than 4 digits (too many numbers share 3 digits to be useful).
 */
export function phoneFragment(text: string): string | null {
  if (!/^[\d\s()+\-./]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 4 && digits.length <= 15 ? digits : null;
}
