import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../../../../core/model/ids.js';
import { createBackend, type Backend } from '../../../../backend/backend.js';
import { realScheduler, type Scheduler } from '../../../../backend/clock/clock.js';
import { ManualClock } from '../../../../backend/testing/manualClock.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'heard-timers-'));
  dirs.push(dir);
  return path.join(dir, 'heard.sqlite');
}

/** A scheduler that counts the timers waiting, over real (unref'd) timers. */
function countingScheduler() {
  let waiting = 0;
  const scheduler: Scheduler = {
    schedule(delay, run) {
      waiting++;
      let done = false;
      const finish = () => {
        if (!done) waiting--;
        done = true;
      };
      const cancel = realScheduler.schedule(delay, () => {
        finish();
        run();
      });
      return () => {
        finish();
        cancel();
      };
    },
  };
  return { scheduler, waiting: () => waiting };
}

async function holdOn(backend: Backend): Promise<string> {
  const customer = backend.dispatch('customers.create', { name: 'Ann Lee', phones: ['(212) 555-0143'] });
  if (!customer.ok) throw new Error(customer.error.message);
  const customerId = (customer.value as { customer: { id: string } }).customer.id;
  const call = backend.dispatch('call.start', { customerId, caseId: null, phone: '' });
  if (!call.ok) throw new Error(call.error.message);
  const callId = (call.value as { callId: string }).callId;
  const held = backend.dispatch('call.record', { callId, event: { id: newId(), type: 'hold.started' } });
  if (!held.ok) throw new Error(held.error.message);
  const promise = backend.dispatch('call.record', { callId, event: { id: newId(), type: 'commitment.made', description: 'Call back', dueAt: Date.now() + 3_600_000 } });
  if (!promise.ok) throw new Error(promise.error.message);
  return callId;
}

describe('backend timers', () => {
  it('run on real timers by default that never keep the process alive, and are all cleared on close', async () => {
    const counting = countingScheduler();
    const backend = createBackend({ dbPath: store(), scheduler: counting.scheduler });
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await holdOn(backend);
    expect(counting.waiting()).toBeGreaterThan(0); // the hold's check-in and the promise's due time
    // Unref'd: waiting timers are not among what keeps the event loop alive.
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
    backend.close();
    expect(counting.waiting()).toBe(0);
  });

  it('uses a ManualClock given as the clock as the scheduler too; nothing runs after close', async () => {
    const clock = new ManualClock(Date.now());
    const backend = createBackend({ dbPath: store(), clock });
    const prompts: unknown[] = [];
    backend.onEvent((name, payload) => {
      if (name === 'hold.prompt') prompts.push(payload);
    });
    await holdOn(backend);
    expect(clock.pending()).toBeGreaterThan(0);
    backend.close();
    expect(clock.pending()).toBe(0);
    clock.advance(10 * 60_000);
    expect(prompts).toEqual([]);
  });
});
