import type { Clock, Scheduler } from '../clock/clock.js';

type Timer = { at: number; seq: number; run: () => void };

/**
 * A clock and a scheduler that move only when told, for unit tests and the end-to-end
 * fixture (BackendConfig.clock; createBackend also uses it as the scheduler). `advance`
 * moves the wall and the monotonic readings together and runs every timer that falls due
 * on the way, each at its own due time, in due order: a prompt due at 30 000 ms runs with
 * now() exactly 30 000 ms on. `jumpWall` moves only the wall reading, as an NTP correction
 * or a user changing the system time does.
 */
export class ManualClock implements Clock, Scheduler {
  private wall: number;
  private mono = 0;
  private seq = 0;
  private timers: Timer[] = [];

  constructor(start: number = Date.now()) {
    this.wall = start;
  }

  now(): number {
    return this.wall;
  }

  monotonic(): number {
    return this.mono;
  }

  schedule(delayMs: number, run: () => void): () => void {
    const timer: Timer = { at: this.mono + Math.max(0, delayMs), seq: this.seq++, run };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /**
   * Moves time forward by ms (0 runs what is already due, e.g. a prompt re-armed at once
   * after a restart). Timers scheduled while running are run too if they fall due in the
   * window. Returns how many timers ran.
   */
  advance(ms: number): number {
    if (!(ms >= 0)) throw new Error('ManualClock.advance: time only moves forward; use jumpWall for a wall-clock jump.');
    const target = this.mono + ms;
    let ran = 0;
    for (;;) {
      const next = this.nextDue(target);
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.moveTo(next.at);
      next.run();
      ran++;
    }
    this.moveTo(target);
    return ran;
  }

  /** The wall clock jumps by deltaMs (negative: back); monotonic time does not move and no timer runs. */
  jumpWall(deltaMs: number): void {
    this.wall += deltaMs;
  }

  /** Timers waiting to run. */
  pending(): number {
    return this.timers.length;
  }

  private moveTo(mono: number): void {
    if (mono <= this.mono) return;
    this.wall += mono - this.mono;
    this.mono = mono;
  }

  private nextDue(limit: number): Timer | null {
    let best: Timer | null = null;
    for (const t of this.timers) {
      if (t.at > limit) continue;
      if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }
}
