import type { ApiClient } from '../../core/api/client.js';
import type { ConnectionSource } from '../api/connection.js';
import type { AppStore } from './store.js';

/**
 * Connects what the backend pushes to the store: the connection state, screen pops from
 * outside (a tel:/heard: link, --call, a softphone) which run the very same lookup as a
 * typed number, the hold timer's prompts, a call's log growing (the call as it now stands
 * comes with the event, so nothing is read again), promises falling due, and sync: its status for the pill, and changes
 * from other desks (re-read the caller on screen if they touch them). Returns the undo, for
 * tests and hot reload.
 */
export function wireEvents(api: ApiClient, connection: ConnectionSource, store: AppStore): () => void {
  store.getState().setConnection(connection.get());
  const offConnection = connection.subscribe((status) => store.getState().setConnection(status));
  const offPop = api.on('screenPop.requested', ({ number, source }) => {
    store.getState().clearSearch();
    void store.getState().lookup(number, source);
  });
  const offPrompt = api.on('hold.prompt', (prompt) => store.getState().onHoldPrompt(prompt));
  const offChanged = api.on('call.changed', (changed) => store.getState().onCallChanged(changed));
  const offDue = api.on('commitment.due', (payload) => store.getState().onCommitmentDue(payload));
  const offSync = api.on('sync.changed', (status) => store.getState().acceptSyncStatus(status));
  const offPulled = api.on('sync.pulled', (pulled) => store.getState().onSyncPulled(pulled));
  return () => {
    offConnection();
    offPop();
    offPrompt();
    offChanged();
    offDue();
    offSync();
    offPulled();
  };
}
