import type { ApiClient } from '../../core/api/client.js';
import type { ConnectionSource } from '../api/connection.js';
import type { AppStore } from './store.js';

/**
 * Connects what the backend pushes to the store: the connection state, and screen pops
 * from outside (a tel:/heard: link, --call, a softphone) which run the very same lookup as
 * a typed number. Returns the undo, for tests and hot reload.
 */
export function wireEvents(api: ApiClient, connection: ConnectionSource, store: AppStore): () => void {
  store.getState().setConnection(connection.get());
  const offConnection = connection.subscribe((status) => store.getState().setConnection(status));
  const offPop = api.on('screenPop.requested', ({ number, source }) => {
    store.getState().clearSearch();
    void store.getState().lookup(number, source);
  });
  return () => {
    offConnection();
    offPop();
  };
}
