import { describe, expect, it } from 'vitest';
import { caseNumberQuery, ftsQuery, phoneFragment, prefixEnd, searchWords } from '../../../../db/read/searchText.js';

describe('searchWords', () => {
  it('keeps runs of letters and digits only, so no FTS5 syntax gets through', () => {
    expect(searchWords(`"mary" AND (smith* OR -jones) NEAR(a`)).toEqual(['mary', 'AND', 'smith', 'OR', 'jones', 'NEAR', 'a']);
    expect(searchWords('col:x ^y {z} + %_\\')).toEqual(['col', 'x', 'y', 'z']);
    expect(searchWords("O'Brien García-Núñez 48213")).toEqual(['O', 'Brien', 'García', 'Núñez', '48213']);
    expect(searchWords('"*-()')).toEqual([]);
  });

  it('caps the number and length of words', () => {
    expect(searchWords('a b c d e f g h i j k')).toHaveLength(8);
    expect(searchWords('x'.repeat(100))[0]).toHaveLength(64);
  });
});

describe('ftsQuery', () => {
  it('quotes every word and marks prefixes as asked', () => {
    expect(ftsQuery(['mar', 'gar'], { allPrefixes: true })).toBe('"mar"* "gar"*');
    expect(ftsQuery(['refund', 'ord'], { lastIsPrefix: true })).toBe('"refund" "ord"*');
    expect(ftsQuery(['refund', 'order'])).toBe('"refund" "order"');
    expect(ftsQuery([])).toBeNull();
  });
});

describe('caseNumberQuery', () => {
  it('reads whole and partial case numbers, with or without HRD-', () => {
    expect(caseNumberQuery('HRD-7K4Q-M2X9')).toEqual({ prefix: 'HRD-7K4Q-M2X9', group: null });
    expect(caseNumberQuery('hrd7k4qm2x9')).toEqual({ prefix: 'HRD-7K4Q-M2X9', group: null });
    expect(caseNumberQuery('hrd-7k')).toEqual({ prefix: 'HRD-7K', group: null });
    expect(caseNumberQuery('7k4q m2')).toEqual({ prefix: 'HRD-7K4Q-M2', group: null });
    expect(caseNumberQuery('7k4q')).toEqual({ prefix: 'HRD-7K4Q', group: '7K4Q' });
  });

  it('hears O as 0 and I or L as 1', () => {
    expect(caseNumberQuery('HRD-O1LI')).toEqual({ prefix: 'HRD-0111', group: null });
  });

  it('leaves ordinary words and impossible codes alone', () => {
    for (const text of ['anna', 'refund', 'HRD', 'HRD-', '7k4', '7K4Q-M2X9-AAAA', 'HRD-7U4Q', '12345678901']) {
      expect(caseNumberQuery(text), text).toBeNull();
    }
  });
});

describe('phoneFragment', () => {
  it('returns the digits of phone-like text with 4 to 15 digits', () => {
    expect(phoneFragment('(415) 555-2671')).toBe('4155552671');
    expect(phoneFragment('2671')).toBe('2671');
    expect(phoneFragment('+44 20 7946 0958')).toBe('442079460958');
    expect(phoneFragment('267')).toBeNull();
    expect(phoneFragment('call 2671')).toBeNull();
    expect(phoneFragment('1234567890123456')).toBeNull();
  });
});

describe('prefixEnd', () => {
  it('bounds every string that starts with the prefix', () => {
    const end = prefixEnd('HRD-7K');
    for (const s of ['HRD-7K', 'HRD-7K4Q-M2X9', 'HRD-7KZZ-ZZZZ']) expect(s < end).toBe(true);
    expect('HRD-7L' < end).toBe(false);
  });
});
