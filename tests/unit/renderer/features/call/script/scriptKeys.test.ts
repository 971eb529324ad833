import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCRIPTS } from '../../../../../../core/call/scripts/catalog.js';
import { scriptKeys } from '../../../../../../renderer/features/call/script/scriptKeys.js';

describe('method letters for the start dialog', () => {
  it('gives HEARD, LAST and the irate sequence H, L and I, skipping letters the dialog uses', () => {
    expect(scriptKeys(BUILT_IN_SCRIPTS, ['n']).map((k) => k.key)).toEqual(['h', 'l', 'i']);
    expect(scriptKeys(BUILT_IN_SCRIPTS, ['h']).map((k) => k.key)).toEqual(['e', 'l', 'i']);
  });
});
