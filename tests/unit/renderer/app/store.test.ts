import { describe, expect, it } from 'vitest';
import { createAppStore, initialAppState } from '../../../../renderer/app/store.js';
import { fakeApi } from '../fakeApi.js';

function setup() {
  const fake = fakeApi();
  const store = createAppStore({ api: fake.api, now: () => 0 });
  return { fake, store, state: () => store.getState() };
}

describe('the store at start', () => {
  it('matches the exported initial state', () => {
    const { state } = setup();
    for (const [key, value] of Object.entries(initialAppState)) {
      expect(state()[key as keyof typeof initialAppState], key).toEqual(value);
    }
  });
});
