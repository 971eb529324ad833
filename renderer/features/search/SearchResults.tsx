import { useAppStore } from '../../app/StoreContext.js';
import { selectSearchActive, selectSearchError, selectSearchHits, selectSearchStatus } from './selectors.js';

const MATCHED_LABEL = { name: 'name', phone: 'phone', caseNumber: 'case number', subject: 'case subject', note: 'note' } as const;

export function SearchResults() {
  const hits = useAppStore(selectSearchHits);
  const hitsFor = useAppStore((s) => s.searchHitsFor);
  const status = useAppStore(selectSearchStatus);
  const error = useAppStore(selectSearchError);
  const active = useAppStore(selectSearchActive);
  const setActive = useAppStore((s) => s.setSearchActive);
  const openHit = useAppStore((s) => s.openSearchHit);

  return (
    <div id="search-results" className="search-results" data-testid="search-results" data-status={status} data-query={hitsFor}>
      {status === 'error' && (
        <p className="search-note field-error" role="alert" data-testid="search-error">
          {error}
        </p>
      )}
      {status === 'loading' && hits.length === 0 && <p className="search-note muted">Searching…</p>}
      {status === 'done' && hits.length === 0 && (
        <p className="search-note" data-testid="search-empty">
          Nothing found. Try fewer words, the last 4 digits of a phone, or a case number.
        </p>
      )}
      {hits.length > 0 && (
        <ul role="listbox" aria-label="Search results" className={status === 'loading' ? 'is-stale' : undefined}>
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={`search-hit-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-hit is-active' : 'search-hit'}
              data-testid="search-hit"
              data-customer-id={hit.customerId}
              data-kind={hit.kind}
              // mousedown, not click: the input keeps focus and the list is not torn down first.
              onMouseDown={(e) => {
                e.preventDefault();
                void openHit(i);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span className={`hit-kind hit-${hit.kind}`}>{hit.kind === 'case' ? 'Case' : 'Customer'}</span>
              <span className="hit-title">{hit.title}</span>
              <span className="hit-detail">{hit.detail}</span>
              <span className="hit-matched">matched {MATCHED_LABEL[hit.matched]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
