import { describe, expect, it } from 'vitest';
import { CASE_NUMBER_PATTERN, caseNumberFromId, newId } from '../../../../core/model/ids.js';

describe('ids and case numbers', () => {
  it('makes time-ordered UUIDv7 ids', () => {
    const a = newId(1_700_000_000_000);
    const b = newId(1_700_000_000_001);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });

  it('derives a readable case number with no ambiguous letters', () => {
    const number = caseNumberFromId('01890a5d-ac96-774b-bcce-b302099a8057');
    expect(number).toMatch(CASE_NUMBER_PATTERN);
    expect(number).not.toMatch(/[ILOU]/);
    expect(caseNumberFromId('01890a5d-ac96-774b-bcce-b302099a8057')).toBe(number);
  });

  it('gives different numbers to different cases', () => {
    const numbers = new Set(Array.from({ length: 10_000 }, () => caseNumberFromId(newId())));
    expect(numbers.size).toBe(10_000);
  });
});
