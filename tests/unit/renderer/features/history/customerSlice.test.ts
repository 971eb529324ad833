import { describe, expect, it } from 'vitest';
import { IDS } from '../../fakeApi.js';
import { fakeStore } from '../../fakeStore.js';

describe('customer slice', () => {
  it('shows an error screen with the message when a history cannot load', async () => {
    const { fake, state } = fakeStore();
    const opened = state().openCustomer(IDS.ann);
    fake.pending('customers.history')[0]?.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'No customer with that id.' } });
    await opened;
    expect(state().screen).toMatchObject({ kind: 'error', message: 'No customer with that id.' });
  });
});
