import type { EventName, EventPayload, Result } from '../../core/api/index.js';
import { openStore } from '../../db/open.js';
import { systemClock, type BackendConfig, type BackendContext } from './context.js';
import { dispatch } from './dispatch.js';
import { handlers } from './services/index.js';

export type EventListener = (name: EventName, payload: EventPayload<EventName>) => void;

/** The backend as every host sees it: one store, one dispatcher, events out. */
export type Backend = {
  dispatch(name: unknown, input: unknown): Result<unknown>;
  onEvent(listener: EventListener): () => void;
  readonly context: BackendContext;
  close(): void;
};

export function createBackend(config: BackendConfig): Backend {
  const listeners = new Set<EventListener>();
  const db = openStore(config.dbPath, config.nativeBinding ? { nativeBinding: config.nativeBinding } : {});
  const context: BackendContext = {
    db,
    clock: config.clock ?? systemClock,
    defaultCountry: config.defaultCountry ?? 'US',
    repName: config.repName ?? 'Rep',
    version: config.version ?? '0.1.0',
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
  };
  return {
    context,
    dispatch: (name, input) => dispatch(handlers, context, name, input),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      db.close();
    },
  };
}
