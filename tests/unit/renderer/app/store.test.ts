import { describe, expect, it } from 'vitest';
import { initialAppState } from '../../../../renderer/app/store.js';
import { fakeStore } from '../fakeStore.js';

describe('the store at start', () => {
  it('matches the exported initial state', () => {
    const { state } = fakeStore();
    for (const [key, value] of Object.entries(initialAppState)) {
      expect(state()[key as keyof typeof initialAppState], key).toEqual(value);
    }
  });
});
