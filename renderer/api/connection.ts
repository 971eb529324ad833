// How the renderer sees its link to the backend. The Electron bridge is always online
// (the main process relays); the WebSocket of browser mode can drop and come back.

export type ConnectionState = 'connecting' | 'online' | 'offline';

export type ConnectionStatus = {
  state: ConnectionState;
  /** Why we are offline, in words a rep can act on; null when there is nothing to say. */
  detail: string | null;
};

/** A value that changes over time, observed by the store. */
export type ConnectionSource = {
  get(): ConnectionStatus;
  subscribe(listener: (status: ConnectionStatus) => void): () => void;
};

export const ALWAYS_ONLINE: ConnectionSource = {
  get: () => ({ state: 'online', detail: null }),
  subscribe: () => () => {},
};
