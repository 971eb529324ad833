import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../../../core/api/commands.js';
import { events } from '../../../../core/api/events.js';
import { isResult, looksLikeCommandName, parseChildMessage, parseParentMessage, SCREEN_POP_SOURCES } from '../../../../core/api/wire.js';

// core/api/wire.ts: the one definition of what crosses between processes (the preload,
// main and the backend's utility process all use it).

describe('parseParentMessage', () => {
  it('reads requests, screen pops and shutdown', () => {
    expect(parseParentMessage({ id: 3, name: 'app.info', input: {} })).toEqual({ kind: 'request', id: 3, name: 'app.info', input: {} });
    expect(parseParentMessage({ screenPop: { number: '555', source: 'argv' } })).toEqual({ kind: 'screenPop', number: '555', source: 'argv' });
    expect(parseParentMessage({ shutdown: true })).toEqual({ kind: 'shutdown' });
  });

  it('drops anything else', () => {
    for (const message of [null, 'app.info', { id: 1.5, name: 'x' }, { screenPop: { number: 5, source: 'argv' } }, { screenPop: { number: '5', source: 'web' } }, { shutdown: 'yes' }]) {
      expect(parseParentMessage(message)).toBeNull();
    }
  });
});

describe('parseChildMessage', () => {
  it('reads ready, fatal, answers and events', () => {
    expect(parseChildMessage({ ready: true })).toEqual({ ready: true });
    expect(parseChildMessage({ fatal: 'store locked' })).toEqual({ fatal: 'store locked' });
    expect(parseChildMessage({ id: 7, result: { ok: true, value: 1 } })).toEqual({ id: 7, result: { ok: true, value: 1 } });
    expect(parseChildMessage({ event: 'call.changed', payload: { callId: 'x' } })).toEqual({ event: 'call.changed', payload: { callId: 'x' } });
  });

  it('drops anything else, including answers that are not Results', () => {
    for (const message of [null, 3, { ready: 'yes' }, { id: 1, result: { ok: 'true' } }, { id: 1, result: { ok: false, error: { code: 1 } } }, { event: 'x' }]) {
      expect(parseChildMessage(message)).toBeNull();
    }
    expect(isResult({ ok: false, error: { code: 'BAD_INPUT', message: 'no' } })).toBe(true);
    expect(isResult({ ok: true })).toBe(false);
  });
});

describe('the wire and the contract', () => {
  it('every command of the contract looks like a command to the preload, and garbage does not', () => {
    for (const name of COMMAND_NAMES) expect(looksLikeCommandName(name), name).toBe(true);
    for (const name of ['', 'db', 'db.', '.x', 'a.b.c', 'call.record; drop', 'x'.repeat(70) + '.y', 3, null, { toString: 0 }]) {
      expect(looksLikeCommandName(name)).toBe(false);
    }
  });

  it('the screen-pop event carries exactly the sources the wire declares', () => {
    expect(events['screenPop.requested'].shape.source.options).toEqual([...SCREEN_POP_SOURCES]);
  });
});
