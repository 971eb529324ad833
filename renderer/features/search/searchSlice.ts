import type { StateCreator } from 'zustand/vanilla';
import type { SearchHit } from '../../../core/api/commands.js';
import type { StoreDeps } from '../../app/deps.js';
import type { AppState } from '../../app/state.js';
import { moveIndex } from '../../shared/listNav.js';

/** Long enough to skip a keystroke burst, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 100;
/** One character matches half the store; two is where results start to mean something. */
export const SEARCH_MIN_CHARS = 2;
export const SEARCH_LIMIT = 20;

export type SearchStatus = 'idle' | 'loading' | 'done' | 'error';

export type SearchSlice = {
  searchText: string;
  searchHits: SearchHit[];
  /** The text the hits are for (the box may already hold newer text). */
  searchHitsFor: string;
  searchStatus: SearchStatus;
  searchError: string | null;
  /** Highlighted result; -1 when none. */
  searchActive: number;
  /** Bumped per query sent; an answer for an older one is stale and dropped. */
  searchSeq: number;
  /**
   * Enter was pressed before the results for the text typed had arrived: open the top result
   * of that text when it does (as a command palette does), never a stale one.
   */
  searchOpenOnArrival: boolean;
  setSearchText(text: string): void;
  moveSearch(delta: number): void;
  setSearchActive(index: number): void;
  clearSearch(): void;
  /**
   * Opens the customer behind a result: the one at `index` (a click), or the highlighted one
   * (Enter); if the results are not yet those of the text typed, the top one when they are.
   */
  openSearchHit(index?: number): Promise<void>;
};

export const initialSearchState = {
  searchText: '',
  searchHits: [] as SearchHit[],
  searchHitsFor: '',
  searchStatus: 'idle' as SearchStatus,
  searchError: null as string | null,
  searchActive: -1,
  searchSeq: 0,
  searchOpenOnArrival: false,
};

export const createSearchSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get) => {
    // The debounce timer and the text it will send.
    let timer: unknown = null;
    let timerText = '';
    const cancelTimer = () => {
      if (timer !== null) deps.timers.clearTimeout(timer);
      timer = null;
    };

    async function run(text: string): Promise<void> {
      const seq = get().searchSeq + 1;
      set({ searchSeq: seq, searchStatus: 'loading', searchError: null });
      const result = await deps.api.call('search.query', { text, limit: SEARCH_LIMIT });
      if (get().searchSeq !== seq) return;
      const openNow = get().searchOpenOnArrival;
      if (result.ok) {
        const { hits } = result.value;
        // Keep the highlight on the same result if it is still there: fresh results landing
        // while the rep presses arrows must not move the row under their cursor.
        const { searchHits: before, searchActive: was } = get();
        const kept = was >= 0 && before[was] ? hits.findIndex((h) => sameHit(h, before[was] as SearchHit)) : -1;
        const active = kept >= 0 ? kept : hits.length ? 0 : -1;
        set({ searchHits: hits, searchHitsFor: text, searchStatus: 'done', searchActive: active, searchOpenOnArrival: false });
        if (openNow && hits.length) await get().openSearchHit(0);
      } else {
        set({
          searchHits: [],
          searchHitsFor: text,
          searchStatus: 'error',
          searchError: result.error.message,
          searchActive: -1,
          searchOpenOnArrival: false,
        });
      }
    }

    return {
      ...initialSearchState,
      setSearchText(text) {
        cancelTimer();
        set({ searchText: text, searchOpenOnArrival: false });
        if (text.trim().length < SEARCH_MIN_CHARS) {
          // Also invalidates any query in flight, so its answer cannot reappear.
          set({ searchHits: [], searchHitsFor: '', searchStatus: 'idle', searchError: null, searchActive: -1, searchSeq: get().searchSeq + 1 });
          return;
        }
        // "loading" at once: the hits on screen are for older text from this keystroke on.
        set({ searchStatus: 'loading', searchError: null });
        timerText = text.trim();
        timer = deps.timers.setTimeout(() => {
          timer = null;
          void run(timerText);
        }, SEARCH_DEBOUNCE_MS);
      },
      moveSearch(delta) {
        set({ searchActive: moveIndex(get().searchActive, delta, get().searchHits.length) });
      },
      setSearchActive(index) {
        set({ searchActive: index });
      },
      clearSearch() {
        cancelTimer();
        set({ ...initialSearchState, searchSeq: get().searchSeq + 1 });
      },
      async openSearchHit(index) {
        if (index === undefined && get().searchStatus === 'loading') {
          set({ searchOpenOnArrival: true });
          if (timer !== null) {
            // No need to wait out the debounce: the rep has finished typing.
            cancelTimer();
            await run(timerText);
          }
          return;
        }
        const hit = get().searchHits[index ?? get().searchActive];
        if (!hit) return;
        get().clearSearch();
        set({ popSource: null, lookupError: null });
        await get().openCustomer(hit.customerId, null);
      },
    };
  };

function sameHit(a: SearchHit, b: SearchHit): boolean {
  return a.kind === b.kind && a.id === b.id;
}
