import type { EventName, EventPayload, Result } from '../core/api/index.js';
import { openStore } from '../db/open.js';
import { CallLog } from './calls/callLog.js';
import { CallClocks } from './clock/callClocks.js';
import { CommitmentDueMonitor } from './commitments/dueMonitor.js';
import { isScheduler, realScheduler, systemClock } from './clock/clock.js';
import type { BackendConfig, BackendContext } from './context.js';
import { dispatch } from './dispatch.js';
import { HoldMonitor } from './holds/holdMonitor.js';
import { ScriptLibrary } from './scripts/scriptLibrary.js';
import { handlers } from './services/index.js';
import { holdPolicyOf, readSettings } from './settings/teamSettings.js';
import { outboxHighWater } from '../db/tables/outbox.js';
import { SyncLoop } from './sync/loop.js';
import { syncStatus } from './sync/status.js';
import { plainVault } from './sync/vault.js';

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
  const clock = config.clock ?? systemClock;
  const scheduler = config.scheduler ?? (isScheduler(clock) ? clock : realScheduler);
  let policy = holdPolicyOf(readSettings(db));
  // A changed script catalog changes what a log folds to: drop the cached folds.
  const scripts = new ScriptLibrary(config.scriptsDir, () => calls.forget());
  const calls = new CallLog(db, () => scripts.catalog());
  let holds: HoldMonitor | null = null;
  let dues: CommitmentDueMonitor | null = null;
  const emit: BackendContext['emit'] = (name, payload) => {
    for (const listener of listeners) {
      // A listener's failure (a closed socket) must not stop the others or the command.
      try {
        listener(name, payload);
      } catch (error) {
        console.error(`[backend] a listener of ${name} failed`, error);
      }
    }
  };
  const sync = new SyncLoop({
    db,
    clock,
    scheduler,
    vault: config.sync?.vault ?? plainVault,
    ...(config.sync?.server ? { server: config.sync.server } : {}),
    ...(config.sync?.intervalMs ? { intervalMs: config.sync.intervalMs } : {}),
    onStatus: () => emit('sync.changed', syncStatus(db, sync, clock.now())),
    onPulled: (pulled) => {
      // Pulled rows may move hold timers (never: remote calls are not live here) or due promises.
      dues?.refresh();
      for (const callId of pulled.callIds) calls.forget(callId);
      emit('sync.pulled', pulled);
    },
  });

  const context: BackendContext = {
    db,
    clock,
    defaultCountry: config.defaultCountry ?? 'US',
    repName: config.repName ?? 'Rep',
    version: config.version ?? '0.1.0',
    callClocks: new CallClocks(clock),
    calls,
    scripts,
    holdPolicy: () => policy,
    setHoldPolicy(next) {
      policy = next;
    },
    changed: {
      call: (callId) => holds?.refresh(callId),
      commitments: () => dues?.refresh(),
      policy: () => holds?.refreshAll(),
    },
    sync,
    emit,
  };

  holds = new HoldMonitor(context, scheduler);
  dues = new CommitmentDueMonitor(context, scheduler);
  try {
    holds.start();
    dues.start();
  } catch (error) {
    // A monitor that cannot arm must not keep the desk from starting; the commands still work.
    console.error('[backend] could not start the timers', error);
  }

  sync.start();

  // A command that wrote to the outbox wakes the sync loop, so the change leaves soon.
  let sent = outboxHighWater(db);
  return {
    context,
    dispatch: (name, input) => {
      const result = dispatch(handlers, context, name, input);
      const high = outboxHighWater(db);
      if (high !== sent) {
        sent = high;
        sync.nudge();
      }
      return result;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      sync.close();
      holds?.close();
      dues?.close();
      listeners.clear();
      db.close();
    },
  };
}
