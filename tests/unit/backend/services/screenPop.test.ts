import { afterEach, describe, expect, it } from 'vitest';
import { inProcessClient } from '../../../../backend/hosts/inProcess.js';
import { rowCounts, testBackend } from '../harness.js';

let harness: ReturnType<typeof testBackend>;
afterEach(() => harness?.close());

function setup() {
  harness = testBackend();
  return { ...harness, api: inProcessClient(harness.backend) };
}

describe('screen pop through the backend', () => {
  it('opens the new-customer path for an unknown number, then finds the customer once created', async () => {
    const { api } = setup();
    const unknown = await api.call('screenPop.lookup', { number: '(415) 555-2671' });
    expect(unknown).toMatchObject({ ok: true, value: { match: 'none', number: { e164: '+14155552671', display: '(415) 555-2671' } } });

    const created = await api.call('customers.create', { name: 'Maria Lopez', phones: ['415.555.2671'], email: 'maria@example.com' });
    expect(created.ok).toBe(true);

    const known = await api.call('screenPop.lookup', { number: '+1 415 555 2671' });
    expect(known.ok && known.value.match).toBe('one');
    expect(known.ok && known.value.history?.customer.name).toBe('Maria Lopez');
    expect(known.ok && known.value.history?.repeat).toBeNull();
  });

  it('lists every customer sharing a number instead of picking one', async () => {
    const { api } = setup();
    await api.call('customers.create', { name: 'Sam Okafor', phones: ['212-555-0143'] });
    await api.call('customers.create', { name: 'Ada Okafor', phones: ['(212) 555-0143', '917 555 0199'] });
    const result = await api.call('screenPop.lookup', { number: '2125550143' });
    expect(result.ok && result.value.match).toBe('many');
    expect(result.ok && result.value.candidates.map((c) => c.name).sort()).toEqual(['Ada Okafor', 'Sam Okafor']);
    expect(result.ok && result.value.history).toBeNull();
  });

  it('refuses a malformed number with a clear message and writes nothing', async () => {
    const { api, backend } = setup();
    const before = rowCounts(backend);
    const result = await api.call('screenPop.lookup', { number: '555-CALL-NOW' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PHONE' } });
    const create = await api.call('customers.create', { name: 'Bad Number', phones: ['12'] });
    expect(create).toMatchObject({ ok: false, error: { code: 'INVALID_PHONE', message: expect.stringMatching(/phones\.0/) } });
    expect(rowCounts(backend)).toEqual(before);
  });

  it('never creates the same customer twice for the same number', async () => {
    const { api, backend } = setup();
    await api.call('customers.create', { name: 'Lee Chen', phones: ['303 555 0172'] });
    const before = rowCounts(backend);
    const again = await api.call('customers.create', { name: '  lee chen ', phones: ['+1 303 555 0172'] });
    expect(again).toMatchObject({ ok: false, error: { code: 'DUPLICATE' } });
    expect(rowCounts(backend)).toEqual(before);
  });

  it('treats a retried create with the same id as the same customer', async () => {
    const { api, backend } = setup();
    const id = '019a5f2e-7c00-7000-8000-000000000001';
    const first = await api.call('customers.create', { id, name: 'Retry Person', phones: ['303 555 0100'] });
    const counts = rowCounts(backend);
    const second = await api.call('customers.create', { id, name: 'Retry Person', phones: ['303 555 0100'] });
    expect(first.ok && second.ok && second.value.customer.id).toBe(id);
    expect(rowCounts(backend)).toEqual(counts);
  });

  it('pops the screen from a tel: link by pushing an event to every window', async () => {
    const { api } = setup();
    const seen: unknown[] = [];
    api.on('screenPop.requested', (payload) => seen.push(payload));
    const result = await api.call('links.open', { url: 'tel:+1-415-555-2671' });
    expect(result).toEqual({ ok: true, value: { number: '+14155552671' } });
    expect(seen).toEqual([{ number: '+14155552671', source: 'link' }]);
    const bad = await api.call('links.open', { url: 'https://evil.example/' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(seen).toHaveLength(1);
  });

  it('answers unknown commands and bad payloads with an error code, never a throw', () => {
    const { backend } = setup();
    expect(backend.dispatch('customers.delete', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    // Found by the property test: a name that cannot be turned into a string.
    expect(backend.dispatch({ toString: 0 }, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_COMMAND' } });
    expect(backend.dispatch('screenPop.lookup', { number: 42 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', message: expect.stringMatching(/^number:/) } });
    expect(backend.dispatch('customers.create', { name: 'x'.repeat(201), phones: ['4155552671'] })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: expect.stringMatching(/name: A name has at most 200/) },
    });
    expect(backend.dispatch('app.info', { extra: true })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
