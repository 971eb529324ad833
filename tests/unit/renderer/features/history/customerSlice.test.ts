import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../../renderer/app/store.js';
import { fakeApi, IDS } from '../../fakeApi.js';

function setup(now = () => 0) {
  const fake = fakeApi();
  const store = createAppStore({ api: fake.api, now });
  return { fake, store, state: () => store.getState() };
}

describe('customer slice', () => {
  it('shows an error screen with the message when a history cannot load', async () => {
    const { fake, state } = setup();
    const opened = state().openCustomer(IDS.ann);
    fake.pending('customers.history')[0]?.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'No customer with that id.' } });
    await opened;
    expect(state().screen).toMatchObject({ kind: 'error', message: 'No customer with that id.' });
  });
});
