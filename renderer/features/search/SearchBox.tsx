import { useRef } from 'react';
import { LIMITS } from '../../../core/model/limits.js';
import { useAppStore } from '../../app/StoreContext.js';
import { useFocusTarget } from '../../app/useFocusTarget.js';
import { SearchResults } from './SearchResults.js';
import { selectSearchActive, selectSearchOpen, selectSearchText } from './selectors.js';

/** Find a customer without their number: name, any phone digits, a case number, words from a note. */
export function SearchBox() {
  const text = useAppStore(selectSearchText);
  const active = useAppStore(selectSearchActive);
  const open = useAppStore(selectSearchOpen);
  const setText = useAppStore((s) => s.setSearchText);
  const move = useAppStore((s) => s.moveSearch);
  const clear = useAppStore((s) => s.clearSearch);
  const openHit = useAppStore((s) => s.openSearchHit);
  const ref = useRef<HTMLInputElement>(null);
  useFocusTarget('search', ref, true);

  return (
    <div className="searchbox" role="search">
      <label className="field-label" htmlFor="search-input">
        Search <kbd>Ctrl+K</kbd>
      </label>
      <input
        id="search-input"
        ref={ref}
        data-testid="search-input"
        className="input"
        type="search"
        autoComplete="off"
        spellCheck={false}
        maxLength={LIMITS.searchText}
        placeholder="Name, phone digits, case number, note words"
        value={text}
        role="combobox"
        aria-expanded={open}
        aria-controls="search-results"
        aria-activedescendant={open && active >= 0 ? `search-hit-${active}` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            move(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void openHit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            clear();
          }
        }}
      />
      {open && <SearchResults />}
    </div>
  );
}
