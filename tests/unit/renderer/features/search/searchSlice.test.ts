import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DEBOUNCE_MS } from '../../../../../renderer/features/search/searchSlice.js';
import { historyOf, IDS } from '../../fakeApi.js';
import { fakeStore } from '../../fakeStore.js';

const hit = (name: string, id = IDS.ann) => ({ kind: 'customer' as const, id, customerId: id, title: name, detail: '', matched: 'name' as const });

describe('search slice', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then sends one query', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('An');
    state().setSearchText('Ann');
    state().setSearchText('Ann L');
    expect(fake.pending('search.query')).toHaveLength(0);
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(fake.pending('search.query').map((c) => c.input)).toEqual([{ text: 'Ann L', limit: 20 }]);
    fake.pending('search.query')[0]?.resolve({ ok: true, value: { hits: [hit('Ann Lee')] } });
    await vi.runAllTimersAsync();
    expect(state().searchHits).toHaveLength(1);
    expect(state().searchActive).toBe(0);
    expect(state().searchStatus).toBe('done');
  });

  it('ignores an answer that arrives after a newer query was sent', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('Ann');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    state().setSearchText('Bob');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    const [old, latest] = fake.pending('search.query');
    latest?.resolve({ ok: true, value: { hits: [hit('Bob Lee', IDS.bob)] } });
    await vi.runAllTimersAsync();
    old?.resolve({ ok: true, value: { hits: [hit('Ann Lee')] } });
    await vi.runAllTimersAsync();
    expect(state().searchHits.map((h) => h.title)).toEqual(['Bob Lee']);
  });

  it('does not query for one character, and clearing drops an answer in flight', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('A');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2);
    expect(fake.pending('search.query')).toHaveLength(0);
    state().setSearchText('Ann');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    state().clearSearch();
    fake.pending('search.query')[0]?.resolve({ ok: true, value: { hits: [hit('Ann Lee')] } });
    await vi.runAllTimersAsync();
    expect(state().searchHits).toEqual([]);
    expect(state().searchText).toBe('');
    expect(state().searchStatus).toBe('idle');
  });

  it('shows the error message of a failed search', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('Ann');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    fake.pending('search.query')[0]?.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'Not connected.' } });
    await vi.runAllTimersAsync();
    expect(state().searchStatus).toBe('error');
    expect(state().searchError).toBe('Not connected.');
  });

  it('moves through results with wrap-around and opens the highlighted customer', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('Lee');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    fake.pending('search.query')[0]?.resolve({ ok: true, value: { hits: [hit('Ann Lee'), hit('Bob Lee', IDS.bob)] } });
    await vi.runAllTimersAsync();
    state().moveSearch(1);
    expect(state().searchActive).toBe(1);
    state().moveSearch(1);
    expect(state().searchActive).toBe(0);
    state().moveSearch(-1);
    const opened = state().openSearchHit();
    expect(state().searchText).toBe('');
    expect(fake.pending('customers.history')[0]?.input).toEqual({ customerId: IDS.bob });
    const history = historyOf(IDS.bob, 'Bob Lee');
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: history });
    await opened;
    expect(state().screen).toEqual({ kind: 'history', history, number: null });
  });
});

describe('search: Enter before the results arrive', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the query at once and opens the top result of the text typed, never a stale one', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('Ann');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    fake.pending('search.query')[0]?.resolve({ ok: true, value: { hits: [hit('Ann Lee')] } });
    await vi.runAllTimersAsync();
    state().setSearchText('Bob');
    expect(state().searchStatus).toBe('loading'); // the Ann hits are stale from here on
    const opening = state().openSearchHit();
    expect(fake.pending('search.query')[1]?.input).toEqual({ text: 'Bob', limit: 20 }); // no debounce wait
    expect(fake.pending('customers.history')).toHaveLength(0);
    fake.pending('search.query')[1]?.resolve({ ok: true, value: { hits: [hit('Bob Lee', IDS.bob)] } });
    await vi.runAllTimersAsync();
    expect(fake.pending('customers.history')[0]?.input).toEqual({ customerId: IDS.bob });
    fake.pending('customers.history')[0]?.resolve({ ok: true, value: historyOf(IDS.bob, 'Bob Lee') });
    await opening;
    await vi.runAllTimersAsync();
    expect(state().screen).toMatchObject({ kind: 'history', history: { customer: { name: 'Bob Lee' } } });
    expect(state().searchText).toBe('');
  });
});

describe('search: fresh results under the arrows', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps the highlight on the same result when newer results arrive', async () => {
    const { fake, state } = fakeStore();
    state().setSearchText('An');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    fake.pending('search.query')[0]?.resolve({ ok: true, value: { hits: [hit('Ann Lee'), hit('Bob Lee', IDS.bob)] } });
    await vi.runAllTimersAsync();
    state().moveSearch(1);
    state().setSearchText('Ann');
    vi.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    fake.pending('search.query')[1]?.resolve({ ok: true, value: { hits: [hit('Bob Lee', IDS.bob), hit('Ann Lee')] } });
    await vi.runAllTimersAsync();
    expect(state().searchHits[state().searchActive]?.title).toBe('Bob Lee');
    expect(state().searchHitsFor).toBe('Ann');
  });
});
