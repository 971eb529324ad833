import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChangeRecord } from '../../../../core/sync/change.js';
import { formatHlc } from '../../../../core/sync/hlc.js';
import type { JsonValue } from '../../../../core/sync/json.js';
import { sameJson } from '../../../../core/sync/json.js';
import { applyChange, mergeStates } from '../../../../core/sync/merge.js';
import { compareChanges } from '../../../../core/sync/order.js';
import type { Entity } from '../../../../core/sync/rules.js';
import type { EntityState } from '../../../../core/sync/state.js';
import { T0, uuid } from './build.js';

// Random changes from 2-6 devices to one entity, with clocks drawn from a narrow window so
// that equal milliseconds, counters and cross-device races are common. Whatever the order of
// arrival, and with changes delivered more than once, every replica must end up identical,
// nothing may be lost, terminal commitments win and finalized calls stay frozen.

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const RUNS = Number(process.env.FC_RUNS ?? 200);
const ENTITY_ID = uuid(0xe);

type Draft = { device: number; ms: number; counter: number; kind: ChangeRecord['kind']; fields: Record<string, JsonValue> };

const rowIds = [1, 2, 3, 4].map((n) => uuid(0x100 + n));
const setFields = (names: string[], values: JsonValue[]) =>
  fc.dictionary(fc.constantFrom(...names), fc.constantFrom(...values), { minKeys: 1, maxKeys: names.length });
const appendRow = (extra: string, values: JsonValue[]) =>
  fc.record({ id: fc.constantFrom(...rowIds), [extra]: fc.constantFrom(...values) }) as fc.Arbitrary<Record<string, JsonValue>>;

const draftsFor: Record<'case' | 'commitment' | 'call_event' | 'note' | 'score', fc.Arbitrary<Pick<Draft, 'kind' | 'fields'>>> = {
  case: setFields(['status', 'owner', 'category'], ['open', 'pending', 'Pat', 'Li', null, 3]).map((fields) => ({ kind: 'set' as const, fields })),
  commitment: fc.oneof(
    { weight: 4, arbitrary: setFields(['dueAt', 'owner', 'description'], [T0, T0 + 1, 'Pat', 'Li', 'Call back']).map((fields) => ({ kind: 'set' as const, fields })) },
    { weight: 1, arbitrary: fc.constantFrom('done', 'cancelled').map((status) => ({ kind: 'terminal' as const, fields: { status } })) },
  ),
  call_event: fc.oneof(
    { weight: 5, arbitrary: appendRow('type', ['note.added', 'hold.started']).map((fields) => ({ kind: 'append' as const, fields })) },
    { weight: 1, arbitrary: fc.constant({ kind: 'terminal' as const, fields: {} }) },
  ),
  note: appendRow('body', ['Called back', 'Left a message']).map((fields) => ({ kind: 'append' as const, fields })),
  score: appendRow('points', [0, 3, 5]).map((fields) => ({ kind: 'append' as const, fields })),
};

function scenario(entity: keyof typeof draftsFor) {
  return fc.integer({ min: 2, max: 6 }).chain((devices) =>
    fc
      .array(
        fc.record({
          device: fc.integer({ min: 0, max: devices - 1 }),
          ms: fc.integer({ min: 0, max: 12 }),
          counter: fc.integer({ min: 0, max: 2 }),
          body: draftsFor[entity],
        }),
        { minLength: 1, maxLength: 25 },
      )
      .map((drafts) => drafts.map((d, i) => toChange(entity, { device: d.device, ms: d.ms, counter: d.counter, ...d.body }, i))),
  );
}

function toChange(entity: Entity, d: Draft, i: number): ChangeRecord {
  const deviceId = `dev-${d.device}`;
  return {
    deviceId,
    seq: i + 1,
    id: uuid(0x1000 + i),
    kind: d.kind,
    entity,
    entityId: ENTITY_ID,
    fields: d.fields,
    hlc: formatHlc({ ms: T0 + d.ms, counter: d.counter, node: deviceId }),
  };
}

/** The same changes in two independent orders, the second with some delivered twice. */
function twoDeliveries(entity: keyof typeof draftsFor) {
  return scenario(entity).chain((changes) =>
    fc.tuple(
      fc.constant(changes),
      fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
      fc.subarray(changes).chain((dups) => {
        const all = [...changes, ...dups];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
      }),
    ),
  );
}

function replay(changes: readonly ChangeRecord[]): EntityState {
  let state: EntityState | null = null;
  for (const c of changes) state = applyChange(state, c).state;
  return state as EntityState;
}

function assertNothingLost(state: EntityState, changes: readonly ChangeRecord[]) {
  expect(state.log.map((c) => c.id).sort()).toEqual([...new Set(changes.map((c) => c.id))].sort());
  for (const c of changes) {
    const refused = state.rejected.some((r) => r.change.id === c.id);
    if (c.kind === 'set') {
      for (const [name, value] of Object.entries(c.fields)) {
        const versions = [state.fields[name], ...(state.history[name] ?? [])];
        expect(versions.some((v) => v?.changeId === c.id && sameJson(v.value, value))).toBe(true);
      }
    } else if (c.kind === 'append') {
      const rowId = c.fields.id as string;
      const kept = state.rows[rowId];
      const accounted = refused || kept?.changeId === c.id || (kept && sameJson(kept.row, c.fields)) || state.conflicts.some((r) => r.changeId === c.id);
      expect(accounted).toBe(true);
    } else {
      expect([state.terminal, ...state.lostTerminals].some((t) => t?.changeId === c.id)).toBe(true);
    }
  }
}

describe(`merge properties (seed ${SEED}, replay with FC_SEED=${SEED})`, () => {
  for (const entity of ['case', 'commitment', 'call_event', 'note', 'score'] as const) {
    it(`${entity}: any order, with duplicates, converges and loses nothing`, () => {
      fc.assert(
        fc.property(twoDeliveries(entity), ([changes, first, second]) => {
          for (const c of changes) expect(ChangeRecord.safeParse(c).success).toBe(true);
          const a = replay(first);
          const b = replay(second);
          expect(b).toEqual(a);
          assertNothingLost(a, changes);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it('merging replicas is commutative, associative and idempotent', () => {
    const parts = scenario('commitment').chain((changes) =>
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: changes.length, maxLength: changes.length }).map((where) =>
        [0, 1, 2].map((p) => changes.filter((_, i) => where[i] === p)),
      ),
    );
    fc.assert(
      fc.property(parts, ([x, y, z]) => {
        // Non-empty replicas of the same entity: seed each with a shared first change.
        const [a, b, c] = [x, y, z].map((part) => replay([...(x ?? []), ...(y ?? []), ...(z ?? [])].slice(0, 1).concat(part ?? [])));
        if (!a || !b || !c) return;
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
        expect(mergeStates(a, a)).toEqual(a);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a terminal commitment state always wins, whatever the clocks and the order', () => {
    fc.assert(
      fc.property(twoDeliveries('commitment'), ([changes, first]) => {
        const state = replay(first);
        const terminals = changes.filter((c) => c.kind === 'terminal').sort(compareChanges);
        const winner = terminals[0];
        if (!winner) return;
        expect(state.fields.status?.value).toBe(winner.fields.status);
        expect(state.terminal?.changeId).toBe(winner.id);
        // No edit stamped after the close holds any field.
        for (const v of Object.values(state.fields)) expect(compareChanges({ hlc: v.hlc, id: v.changeId }, winner)).toBeLessThanOrEqual(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a finalized call record never changes after finalization', () => {
    fc.assert(
      fc.property(twoDeliveries('call_event'), ([, first]) => {
        let state: EntityState | null = null;
        for (const c of first) {
          const before = state;
          const r = applyChange(state, c);
          state = r.state;
          const term = before?.terminal;
          // Once finalized, an event stamped after the finalization is refused and the log is untouched.
          if (before && term && c.kind === 'append' && compareChanges(c, { hlc: term.hlc, id: term.changeId }) > 0) {
            expect(r.outcome === 'rejected' || r.outcome === 'duplicate').toBe(true);
            expect(state.rows).toEqual(before.rows);
            expect(state.conflicts).toEqual(before.conflicts);
          }
        }
        const final = state as EntityState;
        const term = final.terminal;
        if (!term) return;
        for (const row of [...Object.values(final.rows), ...final.conflicts]) {
          expect(compareChanges({ hlc: row.hlc, id: row.changeId }, { hlc: term.hlc, id: term.changeId })).toBeLessThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
