import { createAppStore } from '../../../renderer/app/store.js';
import { fakeApi } from './fakeApi.js';

/** A fresh store over a fake API, on a clock the test sets: where most renderer tests start. */
export function fakeStore(now: () => number = () => 0) {
  const fake = fakeApi();
  const store = createAppStore({ api: fake.api, now });
  return { fake, store, state: () => store.getState() };
}
