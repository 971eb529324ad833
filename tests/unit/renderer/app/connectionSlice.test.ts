import { describe, expect, it } from 'vitest';
import { selectIsOffline } from '../../../../renderer/app/selectors.js';
import { flush, historyOf, IDS } from '../fakeApi.js';
import { fakeStore } from '../fakeStore.js';

describe('connection slice', () => {
  it('learns the backend clock and refreshes the shown history when back online', async () => {
    let local = 1_000;
    const { fake, state } = fakeStore(() => local);
    const opened = state().openCustomer(IDS.ann);
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: historyOf(IDS.ann, 'Ann Lee') });
    await opened;

    state().setConnection({ state: 'offline', detail: 'Lost it.' });
    expect(selectIsOffline(state())).toBe(true);
    state().setConnection({ state: 'online', detail: null });
    expect(selectIsOffline(state())).toBe(false);
    local = 1_200; // the answer takes 200 ms
    fake.pending('app.info')[0]?.resolve({ ok: true, value: { version: '1', now: 51_100, defaultCountry: 'US', repName: 'Dana' } });
    const fresher = historyOf(IDS.ann, 'Ann Lee-Smith');
    fake.pending('customers.history')[1]?.resolve({ ok: true, value: fresher });
    await flush();
    expect(state().clockOffsetMs).toBe(50_000); // read at ~1100 local
    expect(state().now()).toBe(51_200);
    expect(state().info?.repName).toBe('Dana');
    expect(state().screen).toMatchObject({ kind: 'history', history: fresher });
  });
});
