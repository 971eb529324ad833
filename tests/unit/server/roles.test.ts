import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../core/model/ids.js';
import type { ChangeRecord } from '../../../core/sync/change.js';
import type { EnrolResponse, Role } from '../../../core/sync/enrolment.js';
import { formatHlc } from '../../../core/sync/hlc.js';
import { PullResponse, PushResponse } from '../../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';
import { ENGINES } from './engines.js';
import { enrolOk, newUserCode, useHarnessPerTest, type Harness } from './harness.js';

// The role matrix (issue 4, deliverable 4): every role x every change kind x every scope,
// pushed through the real HTTP routes, one expected outcome per cell. Then every member of
// the cast pulls, and must receive exactly the accepted changes of its own space: a trainee
// only practice data, QA its team's calls, nobody a rejected change.

const KINDS = ['customer.set', 'case.set', 'call_event.append', 'call_event.terminal', 'note.append', 'commitment.set', 'commitment.terminal', 'score.append'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Where the target of a cell lives, made before the cell is pushed:
 * - new: no space holds the id yet (the writer's change creates it);
 * - self: the writer created it (for a score: the writer's own call, or for QA a call of its
 *   team that it already scored; QA creates nothing else, so there it is as good as new);
 * - team: a teammate created it in the writer's space (a trainee's teammate is a trainee);
 * - otherTeam: another team's space (for a trainee: another team's practice space);
 * - crossPractice: the other half of the writer's team: real data for a trainee, a
 *   trainee's practice data for everyone else.
 */
const SCOPES = ['new', 'self', 'team', 'otherTeam', 'crossPractice'] as const;
type Scope = (typeof SCOPES)[number];

const APPLIED = 'applied';
const OTHER_TEAM = 'belongs to another team';
const PRACTICE_ONLY = 'a trainee writes practice data only';
const IS_PRACTICE = "is a trainee's practice data";
const NOT_OWN_CALL = 'belongs to another rep';
const ONLY_QA = 'only QA writes scores';
const QA_SCORES_ONLY = 'qa writes scores, never call content';
const NO_CALL = 'no call';

type Row = readonly [new: string, self: string, team: string, otherTeam: string, crossPractice: string];
const A = APPLIED;
const writer = (own: Row, call: Row): Record<Kind, Row> => ({
  'customer.set': own,
  'case.set': own,
  'call_event.append': call,
  'call_event.terminal': call,
  'note.append': own,
  'commitment.set': own,
  'commitment.terminal': own,
  'score.append': [ONLY_QA, ONLY_QA, ONLY_QA, ONLY_QA, ONLY_QA],
});
const qaRefused: Row = [QA_SCORES_ONLY, QA_SCORES_ONLY, QA_SCORES_ONLY, QA_SCORES_ONLY, QA_SCORES_ONLY];

/** One outcome per cell: 'applied', or a substring of the rejection reason. */
const EXPECTED: Record<Role, Record<Kind, Row>> = {
  rep: writer([A, A, A, OTHER_TEAM, IS_PRACTICE], [A, A, NOT_OWN_CALL, OTHER_TEAM, IS_PRACTICE]),
  admin: writer([A, A, A, OTHER_TEAM, IS_PRACTICE], [A, A, A, OTHER_TEAM, IS_PRACTICE]),
  trainee: writer([A, A, A, OTHER_TEAM, PRACTICE_ONLY], [A, A, NOT_OWN_CALL, OTHER_TEAM, PRACTICE_ONLY]),
  qa: {
    'customer.set': qaRefused,
    'case.set': qaRefused,
    'call_event.append': qaRefused,
    'call_event.terminal': qaRefused,
    'note.append': qaRefused,
    'commitment.set': qaRefused,
    'commitment.terminal': qaRefused,
    'score.append': [NO_CALL, A, A, OTHER_TEAM, IS_PRACTICE],
  },
};

const CAST = ['rep', 'mate', 'qa', 'admin', 'trainee', 'mateTrainee', 'southRep', 'southTrainee'] as const;
type Member = (typeof CAST)[number];
const MEMBERS: Record<Member, { role: Role; team: string }> = {
  rep: { role: 'rep', team: 'north' },
  mate: { role: 'rep', team: 'north' },
  qa: { role: 'qa', team: 'north' },
  admin: { role: 'admin', team: 'north' },
  trainee: { role: 'trainee', team: 'north' },
  mateTrainee: { role: 'trainee', team: 'north' },
  southRep: { role: 'rep', team: 'south' },
  southTrainee: { role: 'trainee', team: 'south' },
};

/** The test's own model of who shares a stream: a team, or a team's trainees. */
const streamOf = (m: Member): string => `${MEMBERS[m].role === 'trainee' ? 'practice' : 'real'}/${MEMBERS[m].team}`;

type Actor = { member: Member; device: EnrolResponse; seq: number; counter: number };
type Sent = { change: ChangeRecord; by: Member; accepted: boolean };

class World {
  readonly actors = new Map<Member, Actor>();
  readonly sent: Sent[] = [];

  constructor(private readonly h: Harness) {}

  async enrolCast(): Promise<void> {
    for (const member of CAST) {
      const { role, team } = MEMBERS[member];
      this.actors.set(member, { member, device: await enrolOk(this.h, await newUserCode(this.h, role, team)), seq: 0, counter: 0 });
    }
  }

  actor(member: Member): Actor {
    const actor = this.actors.get(member);
    if (!actor) throw new Error(`no ${member}`);
    return actor;
  }

  change(member: Member, kind: Kind, entityId: string): ChangeRecord {
    const a = this.actor(member);
    const [entity, verb] = kind.split('.') as [ChangeRecord['entity'], ChangeRecord['kind']];
    const fields: Record<Kind, ChangeRecord['fields']> = {
      'customer.set': { name: `Customer of ${member}` },
      'case.set': { status: 'open' },
      'call_event.append': { id: newId(), type: 'note' },
      'call_event.terminal': {},
      'note.append': { id: newId(), body: `note by ${member}` },
      'commitment.set': { dueAt: '2026-11-23T09:00:00.000Z' },
      'commitment.terminal': { status: 'done' },
      'score.append': { id: newId(), total: 7 },
    };
    const hlc = formatHlc({ ms: this.h.clock.now.getTime(), counter: ++a.counter, node: a.device.deviceId });
    return { deviceId: a.device.deviceId, seq: ++a.seq, id: newId(), kind: verb, entity, entityId, fields: fields[kind], hlc };
  }

  post(member: Member, url: '/v1/push' | '/v1/pull', payload: object): Promise<LightMyRequestResponse> {
    const { device } = this.actor(member);
    return this.h.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${device.token}`, 'x-heard-device': device.deviceId }, payload });
  }

  async push(member: Member, changes: ChangeRecord[]): Promise<PushResponse> {
    const response = await this.post(member, '/v1/push', { protocol: PROTOCOL_VERSION, deviceId: this.actor(member).device.deviceId, changes });
    if (response.statusCode !== 200) throw new Error(`push by ${member} failed: ${response.statusCode} ${response.body}`);
    return PushResponse.parse(response.json());
  }

  /** Fixtures must all be accepted, or the cell would not test what it says. */
  async pushFixtures(member: Member, changes: ChangeRecord[]): Promise<void> {
    if (changes.length === 0) return;
    const answer = await this.push(member, changes);
    expect(answer.rejected, `fixtures of ${member}`).toEqual([]);
    expect(answer.ackedThrough).toBe(changes.at(-1)?.seq);
    for (const change of changes) this.sent.push({ change, by: member, accepted: true });
  }

  async pullIds(member: Member): Promise<Set<string>> {
    const ids = new Set<string>();
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const response = await this.post(member, '/v1/pull', { protocol: PROTOCOL_VERSION, cursor, limit: 50 });
      if (response.statusCode !== 200) throw new Error(`pull by ${member} failed: ${response.statusCode} ${response.body}`);
      const body = PullResponse.parse(response.json());
      for (const change of body.changes) ids.add(change.id);
      cursor = body.cursor;
      if (!body.more) return ids;
    }
    throw new Error('pull never finished');
  }
}

/** Who made the target of a cell, or null for 'new' (and for QA's own non-score targets). */
function creatorOf(role: Role, kind: Kind, scope: Scope): Member | null {
  const trainee = role === 'trainee';
  const self = role as Member;
  switch (scope) {
    case 'new':
      return null;
    case 'self':
      // QA's own scored call is one its teammate took (scored by QA in a second step).
      if (role === 'qa') return kind === 'score.append' ? 'mate' : null;
      return self;
    case 'team':
      return trainee ? 'mateTrainee' : 'mate';
    case 'otherTeam':
      return trainee ? 'southTrainee' : 'southRep';
    case 'crossPractice':
      return trainee ? 'rep' : 'trainee';
  }
}

/** The changes that make a cell's target exist: the entity itself, or a note's case, or a score's call. */
function fixtureKinds(kind: Kind): Kind[] {
  switch (kind) {
    case 'note.append':
      return ['case.set', 'note.append'];
    case 'commitment.terminal':
      return ['commitment.set'];
    case 'call_event.terminal':
    case 'score.append':
      return ['call_event.append'];
    default:
      return [kind];
  }
}

describe.each(ENGINES)('role matrix on %s', (_name, makeEngine) => {
  const h = useHarnessPerTest(makeEngine);

  it.each(['rep', 'qa', 'trainee', 'admin'] as const)('%s: every change kind in every scope, and what each role pulls after', async (role) => {
    const world = new World(h);
    await world.enrolCast();
    const me = role as Member;

    // 1. Targets, made by their creators; QA's 'self' score target is then scored by QA.
    const targets = new Map<string, string>();
    const fixtures = new Map<Member, ChangeRecord[]>();
    const qaScores: ChangeRecord[] = [];
    for (const kind of KINDS) {
      for (const scope of SCOPES) {
        const target = newId();
        targets.set(`${kind} ${scope}`, target);
        const creator = creatorOf(role, kind, scope);
        if (creator === null) continue;
        const list = fixtures.get(creator) ?? [];
        for (const fixture of fixtureKinds(kind)) list.push(world.change(creator, fixture, target));
        fixtures.set(creator, list);
        if (role === 'qa' && scope === 'self') qaScores.push(world.change('qa', 'score.append', target));
      }
    }
    for (const [creator, changes] of fixtures) await world.pushFixtures(creator, changes);
    await world.pushFixtures('qa', qaScores);

    // 2. Every cell, in one push by the writer.
    const cells = KINDS.flatMap((kind) => SCOPES.map((scope) => ({ key: `${kind} ${scope}`, kind, scope })));
    const changes = cells.map((cell) => world.change(me, cell.kind, targets.get(cell.key) ?? ''));
    const answer = await world.push(me, changes);
    const lastSeq = changes.at(-1)?.seq ?? 0;
    expect(answer.ackedThrough, 'the position advances past rejections').toBe(lastSeq);
    expect(answer.stoppedAtGap).toBeNull();

    const reasons = new Map(answer.rejected.map((r) => [r.seq, r.reason]));
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const want = EXPECTED[role][cell.kind][SCOPES.indexOf(cell.scope)] ?? '?';
      const reason = reasons.get(changes[i]?.seq ?? -1);
      // A matching reason reads as the expected substring, so one toEqual shows every cell.
      actual[cell.key] = reason === undefined ? APPLIED : want !== APPLIED && reason.includes(want) ? want : reason;
      expected[cell.key] = want;
      world.sent.push({ change: changes[i] as ChangeRecord, by: me, accepted: reason === undefined });
    });
    expect(actual).toEqual(expected);

    // The store agrees with the answer: accepted cells applied, the others rejected with the reason.
    const stored = await h.server.db.selectFrom('sync_changes').select(['seq', 'status', 'reason']).where('device_id', '=', world.actor(me).device.deviceId).execute();
    for (const change of changes) {
      const row = stored.find((r) => Number(r.seq) === change.seq);
      expect(row?.status).toBe(reasons.has(change.seq) ? 'rejected' : 'applied');
      expect(row?.reason ?? null).toBe(reasons.get(change.seq) ?? null);
    }
    // A retried push gets the same answer, and the device is not stuck.
    expect(await world.push(me, changes)).toEqual(answer);
    expect((await world.push(me, [])).ackedThrough).toBe(lastSeq);
    const position = await h.server.db.selectFrom('sync_devices').select('last_seq').where('device_id', '=', world.actor(me).device.deviceId).executeTakeFirstOrThrow();
    expect(Number(position.last_seq)).toBe(lastSeq);

    // 3. Reads: each member pulls exactly the accepted changes of its own stream.
    const rejectedIds = new Set(world.sent.filter((s) => !s.accepted).map((s) => s.change.id));
    expect(rejectedIds.size).toBe(answer.rejected.length);
    for (const member of CAST) {
      const pulled = await world.pullIds(member);
      const visible = world.sent.filter((s) => s.accepted && streamOf(s.by) === streamOf(member)).map((s) => s.change.id);
      expect([...pulled].sort(), `pull by ${member}`).toEqual(visible.sort());
      for (const id of rejectedIds) expect(pulled.has(id)).toBe(false);
      if (MEMBERS[member].role === 'trainee') {
        // Never a real row: everything a trainee pulls was written by a trainee of its team.
        const real = world.sent.filter((s) => pulled.has(s.change.id) && (MEMBERS[s.by].role !== 'trainee' || MEMBERS[s.by].team !== MEMBERS[member].team));
        expect(real).toEqual([]);
      }
    }
    // QA reads its team's calls (and nothing of another team or of the trainees).
    const qaPulled = await world.pullIds('qa');
    const teamCalls = world.sent.filter((s) => s.accepted && s.change.entity === 'call_event' && streamOf(s.by) === 'real/north');
    expect(teamCalls.length).toBeGreaterThan(0);
    for (const call of teamCalls) expect(qaPulled.has(call.change.id)).toBe(true);
  });

  it("refuses a note on another team's case before that case has any note", async () => {
    const world = new World(h);
    await world.enrolCast();
    const caseId = newId();
    await world.pushFixtures('southRep', [world.change('southRep', 'case.set', caseId)]);
    const answer = await world.push('rep', [world.change('rep', 'note.append', caseId)]);
    expect(answer.rejected.map((r) => r.reason)).toEqual([`forbidden: case ${caseId} ${OTHER_TEAM}`]);
    expect(await world.pullIds('rep')).toEqual(new Set());
  });

  it('gives a team named like a practice space its own space, and a teamless admin the space ""', async () => {
    const enrol = async (role: Role, team: string | null) => enrolOk(h, await newUserCode(h, role, team));
    const trainee = await enrol('trainee', 'north');
    const tricky = await enrol('rep', 'practice:north');
    const escaped = await enrol('rep', '~practice:north');
    const admin = await enrol('admin', null);
    const push = async (d: EnrolResponse, entityId: string) => {
      const change: ChangeRecord = { deviceId: d.deviceId, seq: 1, id: newId(), kind: 'set', entity: 'case', entityId, fields: { status: 'open' }, hlc: formatHlc({ ms: h.clock.now.getTime(), counter: 1, node: d.deviceId }) };
      const response = await h.app.inject({ method: 'POST', url: '/v1/push', headers: { authorization: `Bearer ${d.token}`, 'x-heard-device': d.deviceId }, payload: { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, changes: [change] } });
      return PushResponse.parse(response.json());
    };
    const shared = newId();
    expect((await push(trainee, shared)).rejected).toEqual([]);
    // Same id from the team called "practice:north": another space, so refused, not merged.
    expect((await push(tricky, shared)).rejected[0]?.reason).toContain(IS_PRACTICE);
    expect((await push(escaped, newId())).rejected).toEqual([]);
    expect((await push(admin, newId())).rejected).toEqual([]);
    const spaces = await h.server.db.selectFrom('sync_changes').select('space').where('status', '=', 'applied').orderBy('version').execute();
    expect(new Set(spaces.map((s) => s.space))).toEqual(new Set(['practice:north', '~~practice:north', '']));
  });
});
