import { mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAMES, ERROR_CODES, commands, type CommandName } from '../../../../core/api/index.js';
import { normalizePhone } from '../../../../core/model/phone.js';
import { startBrowserHost, type BrowserHost } from '../../../../backend/hosts/wsHost.js';
import { rowCounts, testBackend } from '../harness.js';
import { connect } from './wsClient.js';

// Arbitrary payloads sent to every command through the real browser-mode host (a real
// WebSocket, the real dispatcher, a real SQLite file): whatever arrives, the answer is an
// error code from the contract, the host stays up, and not one row is written.

let harness: ReturnType<typeof testBackend>;
let host: BrowserHost;
let client: Awaited<ReturnType<typeof connect>>;
let before: Record<string, number>;

beforeAll(async () => {
  harness = testBackend();
  const staticDir = path.join(harness.dir, 'www');
  mkdirSync(staticDir);
  host = await startBrowserHost({ backend: harness.backend, staticDir });
  client = await connect(`${host.origin.replace('http', 'ws')}/api?token=${host.token}`);
  before = rowCounts(harness.backend);
});

afterAll(async () => {
  client.close();
  await host.close();
  harness.close();
});

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Any JSON value at all, that this command's schema refuses. */
function invalidFor(name: CommandName) {
  return fc.jsonValue().filter((value) => !commands[name].input.safeParse(value).success);
}

const uuid = fc.uuid({ version: 7 });
const sampleEvents = [
  uuid.map((id) => ({ id, type: 'note.added', body: 'A note' })),
  uuid.map((id) => ({ id, type: 'hold.started' })),
  uuid.map((id) => ({ id, type: 'call.ended' })),
  fc.record({ id: uuid, type: fc.constant('commitment.made'), description: fc.constant('Call back'), dueAt: fc.integer({ min: 0, max: 2 ** 45 }) }),
];

/** Inputs that pass the schema but carry a number no phone system could dial. */
const badPhone = fc.string({ maxLength: 40 }).filter((s) => !normalizePhone(s).ok);
const semanticallyInvalid: Partial<Record<CommandName, fc.Arbitrary<unknown>>> = {
  'screenPop.lookup': badPhone.map((number) => ({ number })),
  'customers.create': fc.record({ name: fc.constantFrom('Pat Doe', 'Li Wei'), phones: fc.array(badPhone, { minLength: 1, maxLength: 3 }) }),
  'customers.history': fc.uuid({ version: 7 }).map((customerId) => ({ customerId })),
  'links.open': fc.oneof(fc.string({ maxLength: 100 }), badPhone.map((n) => `tel:${n}`)).map((url) => ({ url })),
  // Well-formed, but about a customer, call or promise that does not exist.
  'call.start': fc.record({ customerId: uuid, caseId: fc.option(uuid, { nil: null }), phone: fc.constantFrom('', '(415) 555-2671') }),
  'call.record': fc.record({ callId: uuid, event: fc.oneof(...sampleEvents) }),
  'call.get': uuid.map((callId) => ({ callId })),
  'commitments.get': uuid.map((commitmentId) => ({ commitmentId })),
  'commitments.complete': uuid.map((commitmentId) => ({ commitmentId })),
  'commitments.reschedule': fc.record({ commitmentId: uuid, dueAt: fc.integer({ min: 0, max: 2 ** 45 }) }),
};

describe(`every command refuses arbitrary payloads (seed ${SEED}, replay with FC_SEED=${SEED})`, () => {
  for (const name of COMMAND_NAMES) {
    it(name, async () => {
      const payloads = semanticallyInvalid[name] ? fc.oneof(invalidFor(name), semanticallyInvalid[name]) : invalidFor(name);
      await fc.assert(
        fc.asyncProperty(payloads, async (input) => {
          const { result } = await client.request(name, input);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(ERROR_CODES).toContain(result.error.code);
        }),
        { seed: SEED, numRuns: RUNS },
      );
      expect(rowCounts(harness.backend)).toEqual(before);
    });
  }

  it('unknown command names', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.jsonValue()), fc.jsonValue(), async (name, input) => {
        fc.pre(!(COMMAND_NAMES as readonly unknown[]).includes(name));
        const { result } = await client.request(name, input);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(rowCounts(harness.backend)).toEqual(before);
  });

  it('raw frames that are not requests', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        fc.pre(!/^\s*\{.*"id"\s*:\s*\d/.test(text));
        const { result } = await client.raw(text);
        expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Still serving after all of it.
    expect((await client.request('app.info', {})).result.ok).toBe(true);
    expect(rowCounts(harness.backend)).toEqual(before);
  });
});
