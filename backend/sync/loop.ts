import type { Database } from 'better-sqlite3';
import type { ChangeRecord } from '../../core/sync/index.js';
import { HLC_MAX_DRIFT_MS, SYNC_LIMITS } from '../../core/sync/index.js';
import { newId } from '../../core/model/ids.js';
import { adoptNewDeviceId, clockOffset, deviceClock, setClockOffset, markAcked, markRejected, pendingOutbox, restampWaiting, unackFrom } from '../../db/tables/outbox.js';
import { deleteAccount, readAccount, readMeta, saveAccount, writeMeta, type SyncAccount } from '../../db/tables/syncState.js';
import { customerOfEntity } from '../../db/read/entityCustomer.js';
import { writeTransaction } from '../../db/transaction.js';
import type { Clock, Scheduler } from '../clock/clock.js';
import { applyPulledPage, type PageOutcome } from './apply.js';
import { SyncFailure, httpSyncServer, normalizeServerUrl, type SyncIdentity, type SyncServer } from './http.js';
import type { TokenVault } from './vault.js';

// The sync loop (DESIGN.md, Sync; issue 4 "the sync loop lives in the backend"). One round:
// push the outbox in order until the server has it all, then pull pages until there is no
// more, applying each in one transaction. Rounds run every few seconds while enrolled, at
// once after a local write (debounced), and back off while the server is unreachable. Local
// work never waits for any of this: the outbox is written with the change itself.

export type ServerFactory = (baseUrl: string, identity: SyncIdentity | null, onServerTime?: (ms: number) => void) => SyncServer;

export type SyncLoopOptions = {
  db: Database;
  clock: Clock;
  scheduler: Scheduler;
  vault: TokenVault;
  server?: ServerFactory;
  /** Between rounds while online (issue 4's figure: every 5 s). */
  intervalMs?: number;
  /** After a local write, how long to gather more before pushing. */
  nudgeDelayMs?: number;
  /** Called whenever something the status shows may have moved. */
  onStatus: () => void;
  /** Called after a pulled page changed rows, with the customers and calls it touched. */
  onPulled: (pulled: { fresh: number; customerIds: string[]; callIds: string[] }) => void;
};

export type LoopState = 'idle' | 'online' | 'offline' | 'signed_out' | 'cloned' | 'outdated' | 'error';

const MAX_BACKOFF_MS = 60_000;
/** One push never sends more than the server takes in one request. */
const PUSH_BATCH = SYNC_LIMITS.pushChanges;
const PULL_PAGE = 500;

export class SyncLoop {
  private readonly db: Database;
  private readonly server: ServerFactory;
  private readonly intervalMs: number;
  private readonly nudgeDelayMs: number;
  private cancelTimer: (() => void) | null = null;
  /** A local write happened since the last status report: the next round reports one. */
  private wrote = false;
  /** When the armed timer fires (the desk's clock), to keep the earlier of two. */
  private timerDueAt: number | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  private closed = false;
  /** The first seq of the last batch the server refused for its clock, to notice a second refusal. */
  private restampedAt: number | null = null;
  state: LoopState = 'idle';
  busy = false;
  enrolError: string | null = null;

  constructor(private readonly o: SyncLoopOptions) {
    this.db = o.db;
    this.server = o.server ?? ((url, identity, onServerTime) => httpSyncServer(url, identity, onServerTime));
    this.intervalMs = o.intervalMs ?? 5_000;
    this.nudgeDelayMs = o.nudgeDelayMs ?? 250;
  }

  start(): void {
    this.schedule(0);
  }

  close(): void {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /** A local write happened: send it soon. */
  nudge(): void {
    // Nothing else here: this runs inside every write command. The round it schedules
    // reports the new waiting count, once for a burst of writes.
    this.wrote = true;
    this.schedule(this.nudgeDelayMs);
  }

  /** Runs a round now (or right after the running one); resolves when it is done. */
  async syncNow(): Promise<void> {
    if (this.running) {
      // The round in flight may have missed what was just written: wait for it, then join
      // the follow-up round if another caller has started it already, or start it.
      await this.running;
      if (this.running) return this.running;
    }
    this.cancelTimer?.();
    this.cancelTimer = null;
    this.timerDueAt = null;
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule(0);
      }
    });
    return this.running;
  }

  setPaused(paused: boolean): void {
    writeTransaction(this.db, (w) => writeMeta(w, 'paused', paused));
    if (paused) {
      this.cancelTimer?.();
      this.cancelTimer = null;
      this.timerDueAt = null;
    } else {
      this.failures = 0;
      this.schedule(0);
    }
    this.o.onStatus();
  }

  /** Exchanges a one-time code for this desk's token; the outcome shows in the status. */
  async enrol(input: { serverUrl: string; code: string; deviceName: string }): Promise<void> {
    this.busy = true;
    this.enrolError = null;
    this.o.onStatus();
    try {
      const serverUrl = normalizeServerUrl(input.serverUrl);
      const enrolOnce = () => this.server(serverUrl, null).enrol({ code: input.code, deviceName: input.deviceName, deviceId: deviceClock(this.db).node });
      let answer;
      try {
        answer = await enrolOnce();
        this.stillOpen();
      } catch (error) {
        // The server knows this id under someone else: a copied store. Take a new identity,
        // keeping every unsent change, and enrol as that (the code was not spent).
        if (!(error instanceof SyncFailure && error.kind === 'cloned')) throw error;
        writeTransaction(this.db, (w) => adoptNewDeviceId(w, newId(this.o.clock.now()), this.o.clock.now()));
        answer = await enrolOnce();
        this.stillOpen();
      }
      const now = this.o.clock.now();
      writeTransaction(this.db, (w) => {
        saveAccount(w, {
          serverUrl,
          deviceName: input.deviceName,
          userId: answer.user.id,
          userName: answer.user.name,
          role: answer.user.role,
          team: answer.user.team,
          token: this.o.vault.seal(answer.token),
          tokenSealing: this.o.vault.sealing,
          enrolledAt: now,
        });
        writeMeta(w, 'cursor', null);
        writeMeta(w, 'lastError', null);
        // A new sign-in starts syncing: a "work offline" left from before does not carry over.
        writeMeta(w, 'paused', false);
      });
      this.state = 'idle';
      this.failures = 0;
      this.busy = false;
      await this.syncNow();
    } catch (error) {
      this.enrolError = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = false;
      if (!this.closed) this.o.onStatus();
    }
  }

  /** Forgets the token and cursor; local data and unsent changes stay for the next sign-in. */
  signOut(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
    writeTransaction(this.db, (w) => {
      deleteAccount(w);
      writeMeta(w, 'cursor', null);
      writeMeta(w, 'lastError', null);
    });
    this.state = 'idle';
    this.o.onStatus();
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // An earlier round already armed stays: a steady stream of writes must not keep
    // postponing the push.
    const dueAt = this.o.clock.now() + delayMs;
    if (this.cancelTimer && this.timerDueAt !== null && this.timerDueAt <= dueAt) return;
    this.cancelTimer?.();
    this.timerDueAt = dueAt;
    this.cancelTimer = this.o.scheduler.schedule(delayMs, () => {
      this.cancelTimer = null;
      this.timerDueAt = null;
      void this.syncNow();
    });
  }

  private async round(): Promise<void> {
    if (this.closed) return;
    const account = readAccount(this.db);
    // Not syncing (no account, working offline, or a refused identity or protocol that
    // needs the rep: no retry storm), but local writes still move the waiting count.
    if (!account || readMeta(this.db, 'paused') || this.state === 'signed_out' || this.state === 'cloned' || this.state === 'outdated') {
      if (this.wrote) this.o.onStatus();
      this.wrote = false;
      return;
    }
    this.wrote = false;
    const token = this.openToken(account);
    if (token === null) return;
    const identity = { deviceId: deviceClock(this.db).node, token };
    const server = this.server(account.serverUrl, identity, (ms) => this.observeServerTime(ms));
    this.busy = true;
    this.o.onStatus();
    let next = this.intervalMs;
    try {
      await this.pushAll(server, identity.deviceId);
      await this.pullAll(server);
      this.state = 'online';
      this.failures = 0;
      writeTransaction(this.db, (w) => {
        writeMeta(w, 'lastSyncAt', this.o.clock.now());
        writeMeta(w, 'lastError', null);
      });
    } catch (error) {
      // The desk closed while a request was out: the store is gone, nothing more to record.
      if (this.closed) return;
      const failure = error instanceof SyncFailure ? error : new SyncFailure('server', `Sync failed here: ${error instanceof Error ? error.message : String(error)}`);
      if (!(error instanceof SyncFailure)) console.error('[sync] round failed', error);
      this.state = stateOf(failure);
      this.failures += 1;
      writeTransaction(this.db, (w) => writeMeta(w, 'lastError', { message: failure.message, at: this.o.clock.now() }));
      next = Math.min(MAX_BACKOFF_MS, 1_000 * 2 ** Math.min(this.failures - 1, 6));
    } finally {
      this.busy = false;
      if (!this.closed) this.o.onStatus();
    }
    if (this.state === 'online' || this.state === 'offline' || this.state === 'error') this.schedule(next);
  }

  /** After every await: a desk closed meanwhile must not touch its (closed) store. */
  private stillOpen(): void {
    if (this.closed) throw new SyncFailure('offline', 'The desk closed during a sync round.');
  }

  /** The saved token, or null (shown as signed out) when this build's vault cannot open it. */
  private openToken(account: SyncAccount): string | null {
    try {
      if (account.tokenSealing !== this.o.vault.sealing) throw new Error(`it was sealed by ${account.tokenSealing}, not ${this.o.vault.sealing}`);
      return this.o.vault.open(account.token);
    } catch (error) {
      this.state = 'signed_out';
      const message = `The saved sign-in cannot be read on this desk (${error instanceof Error ? error.message : String(error)}); enrol it again.`;
      writeTransaction(this.db, (w) => writeMeta(w, 'lastError', { message, at: this.o.clock.now() }));
      this.o.onStatus();
      return null;
    }
  }

  private async pushAll(server: SyncServer, deviceId: string): Promise<void> {
    for (;;) {
      const batch = pendingOutbox(this.db, PUSH_BATCH);
      if (batch.length === 0) return;
      const changes: ChangeRecord[] = batch.map(({ createdAt: _createdAt, ...change }) => change);
      const answer = await server.push({ deviceId, changes });
      this.stillOpen();
      const now = this.o.clock.now();
      const first = batch[0]!.seq;
      writeTransaction(this.db, (w) => {
        for (const r of answer.rejected) markRejected(w, r.seq, r.reason, now);
        markAcked(w, answer.ackedThrough, now);
        if (answer.stoppedAtGap !== null && answer.stoppedAtGap < first) unackFrom(w, answer.stoppedAtGap);
        const refused = answer.clockRefused[0];
        if (refused) {
          setClockOffset(w, refused.serverNow - now);
          restampWaiting(w, now);
        }
      });
      this.o.onStatus();
      const progressed = answer.ackedThrough >= first || answer.clockRefused.length > 0 || (answer.stoppedAtGap !== null && answer.stoppedAtGap < first);
      if (!progressed) throw new SyncFailure('server', `The server took none of the changes from number ${first} on; trying again later.`);
      // A refusal right after a re-stamp means the server's clock is far behind ours.
      if (answer.clockRefused.length > 0 && answer.ackedThrough < first && this.restampedAt === first) {
        throw new SyncFailure('server', 'The server refused this desk\'s clock twice in a row; check the computer\'s date and time.');
      }
      this.restampedAt = answer.clockRefused.length > 0 ? first : null;
    }
  }

  /**
   * DESIGN.md: never refuse a local write because of the clock. A desk clock off by more than
   * the server tolerates gets its stamps corrected by the offset (applied in the outbox);
   * within tolerance no correction, so a desk's stamps stay its own.
   */
  private observeServerTime(serverMs: number): void {
    const skew = serverMs - this.o.clock.now();
    const offset = Math.abs(skew) > HLC_MAX_DRIFT_MS / 2 ? skew : 0;
    if (offset !== clockOffset(this.db)) writeTransaction(this.db, (w) => setClockOffset(w, offset));
  }

  private async pullAll(server: SyncServer): Promise<void> {
    for (;;) {
      const cursor = readMeta(this.db, 'cursor');
      const page = await server.pull({ cursor, limit: PULL_PAGE });
      this.stillOpen();
      const outcome = applyPulledPage(this.db, page.changes, page.cursor, this.o.clock.now());
      if (outcome.fresh > 0) this.o.onPulled(this.describe(outcome));
      if (!page.more) return;
    }
  }

  private describe(outcome: PageOutcome): { fresh: number; customerIds: string[]; callIds: string[] } {
    const customers = new Set<string>();
    const calls = new Set<string>();
    for (const t of outcome.touched) {
      const customer = customerOfEntity(this.db, t.entity, t.entityId);
      if (customer) customers.add(customer);
      if (t.entity === 'call_event') calls.add(t.entityId);
    }
    return { fresh: outcome.fresh, customerIds: [...customers].slice(0, 200), callIds: [...calls].slice(0, 200) };
  }
}

function stateOf(failure: SyncFailure): LoopState {
  switch (failure.kind) {
    case 'offline':
      return 'offline';
    case 'signed_out':
      return 'signed_out';
    case 'cloned':
      return 'cloned';
    case 'outdated':
      return 'outdated';
    default:
      return 'error';
  }
}
