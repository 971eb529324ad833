// Sync's public face: the pill in the top bar, the panel it opens, and the slice that keeps
// the backend's sync status.

export { SyncPill } from './SyncPill.js';
export { SyncDialog } from './SyncDialog.js';
export { createSyncSlice, initialSyncState, type SyncSlice } from './syncSlice.js';
