import { nextOpenDueAfter, openCommitmentsDueBetween } from '../../db/tables/commitments.js';
import { readSetting, writeSetting } from '../../db/tables/settings.js';
import { writeTransaction } from '../../db/transaction.js';
import type { Scheduler } from '../clock/clock.js';
import type { BackendContext } from '../context.js';
import { dueItemOf } from './views.js';

/** Where the monitor has announced up to, kept in the settings table across restarts. */
const WATERMARK_KEY = 'monitor.commitmentsAnnouncedThrough';
/** After a long absence, only the latest few are announced; the callback list has them all. */
const CATCH_UP_LIMIT = 20;
/** Due times are wall-clock times ("by 3 pm"): re-read the wall at least this often, so a clock change is noticed. */
const MAX_WAIT_MS = 60_000;

/**
 * Fires commitment.due when an open promise's due time arrives. It announces due times in
 * (watermark, now] and then moves the watermark to now, persisted, so each due time is
 * announced once even across restarts, and the promises that fell due while the app was
 * closed are announced at start. A store seen for the first time starts its watermark at
 * now: years of history are not news. A promise moved to a later time is announced again
 * when that time comes.
 */
export class CommitmentDueMonitor {
  private cancelTimer: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly ctx: BackendContext,
    private readonly scheduler: Scheduler,
  ) {}

  start(): void {
    if (this.watermark() === null) this.saveWatermark(this.ctx.clock.now());
    // Through the scheduler: the host subscribes to events only after the backend is made.
    this.schedule(0);
  }

  /** A promise was made, kept or moved: the next due time may be another. */
  refresh(): void {
    if (this.closed) return;
    this.arm();
  }

  close(): void {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private arm(): void {
    const from = this.watermark() ?? this.ctx.clock.now();
    const next = nextOpenDueAfter(this.ctx.db, from);
    if (next === null) {
      this.cancelTimer?.();
      this.cancelTimer = null;
      return;
    }
    this.schedule(Math.min(MAX_WAIT_MS, Math.max(0, next - this.ctx.clock.now())));
  }

  private schedule(delay: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.scheduler.schedule(delay, () => this.fire());
  }

  private fire(): void {
    this.cancelTimer = null;
    if (this.closed) return;
    try {
      const now = this.ctx.clock.now();
      const from = this.watermark() ?? now;
      if (now > from) {
        const due = openCommitmentsDueBetween(this.ctx.db, from, now, CATCH_UP_LIMIT);
        this.saveWatermark(now);
        for (const record of due) this.ctx.emit('commitment.due', { commitment: dueItemOf(record, now) });
      }
    } catch (error) {
      console.error('[backend] the commitment timer failed', error);
    }
    this.arm();
  }

  private watermark(): number | null {
    const value = readSetting(this.ctx.db, WATERMARK_KEY);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }

  private saveWatermark(at: number): void {
    writeTransaction(this.ctx.db, (w) => writeSetting(w, WATERMARK_KEY, at, at, 'system'));
  }
}
