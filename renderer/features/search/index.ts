// Search's public face: the box in the top bar (its results open under it) and its slice.

export { SearchBox } from './SearchBox.js';
export { createSearchSlice, initialSearchState, type SearchSlice } from './searchSlice.js';
