import { caseNumberFromId, type CaseStatus, type Disposition, type Mood } from '../../core/model/index.js';
import type { NewCallEvent } from '../tables/callEvents.js';
import type { NewCall } from '../tables/calls.js';
import type { NewCase } from '../tables/cases.js';
import type { NewCommitment } from '../tables/commitments.js';
import type { NewNote } from '../tables/notes.js';
import { DAY, HOUR, MINUTE, type SeedContext } from './context.js';
import type { SeedCustomer } from './generateCustomer.js';
import { REPS } from './names.js';
import { CASE_NOTES, CATEGORIES, COMMITMENTS, fill, NOTES, SUBJECTS, SUMMARIES } from './texts.js';
import { generateEvents } from './generateEvents.js';

/** A sample case keeps its last-touched time as its calls and notes are made. */
type SeedCase = NewCase & { updatedAt: number };

export type SeedHistory = {
  cases: SeedCase[];
  calls: NewCall[];
  events: NewCallEvent[];
  notes: NewNote[];
  commitments: NewCommitment[];
};

/** Share of customers who rang about a case in the last 7 days, so repeat marks show. */
const RECENT_SHARE = 0.12;
const REPEAT_WINDOW = 7 * DAY;
const OPEN: readonly CaseStatus[] = ['open', 'pending', 'escalated'];

type CallPlan = { caseRow: SeedCase | null; startedAt: number; duration: number };

export function generateHistory(ctx: SeedContext, customer: SeedCustomer): SeedHistory {
  const { rng, now } = ctx;
  const customerId = customer.id;
  const since = customer.createdAt;
  const out: SeedHistory = { cases: [], calls: [], events: [], notes: [], commitments: [] };

  const caseCount = rng.weighted([[0, 28], [1, 42], [2, 20], [3, 7], [4, 3]] as const);
  const recent = caseCount > 0 && rng.chance(RECENT_SHARE);
  const caseTimes = Array.from({ length: caseCount }, () => since + rng.float() * (now - 2 * HOUR - since)).sort((a, b) => a - b);
  if (recent) caseTimes[caseCount - 1] = Math.max(since, now - rng.int(2 * HOUR, 20 * DAY));
  for (const [i, time] of caseTimes.entries()) {
    const createdAt = Math.floor(time);
    const category = rng.pick(CATEGORIES);
    const young = now - createdAt < 21 * DAY;
    const status: CaseStatus =
      recent && i === caseCount - 1
        ? rng.pick(OPEN)
        : young
          ? rng.weighted([['open', 40], ['pending', 25], ['escalated', 10], ['resolved', 20], ['closed', 5]] as const)
          : rng.weighted([['resolved', 45], ['closed', 45], ['open', 4], ['pending', 4], ['escalated', 2]] as const);
    const id = caseId(ctx);
    out.cases.push({
      id,
      customerId,
      number: caseNumberFromId(id),
      subject: fill(rng.pick(SUBJECTS[category]), rng),
      status,
      category,
      createdAt,
      updatedAt: createdAt,
    });
  }

  // Plan the calls first and give them ids in time order, as a live store would.
  const plans: CallPlan[] = [];
  const callCount = Math.max(rng.poisson(ctx.callsPerCustomer), recent ? 1 : 0);
  for (let i = 0; i < callCount; i++) {
    const duration = rng.int(90_000, 30 * MINUTE);
    const lastRecent = recent && i === callCount - 1;
    const caseRow = lastRecent ? (out.cases.at(-1) ?? null) : out.cases.length > 0 && rng.chance(0.8) ? rng.pick(out.cases) : null;
    const from = lastRecent ? Math.max(caseRow?.createdAt ?? since, now - REPEAT_WINDOW + HOUR) : (caseRow?.createdAt ?? since);
    // Calls on a settled case cluster in its first month; open ones run up to today.
    const to = caseRow && !lastRecent && !OPEN.includes(caseRow.status) ? Math.min(now, from + 30 * DAY) : now;
    const startedAt = Math.floor(Math.min(from + rng.float() * Math.max(0, to - from), now - duration - MINUTE));
    plans.push({ caseRow, startedAt: Math.max(startedAt, from), duration });
  }
  plans.sort((a, b) => a.startedAt - b.startedAt);
  for (const plan of plans) addCall(ctx, customer, plan, out);

  for (const c of out.cases) {
    if (!rng.chance(0.1)) continue;
    const createdAt = Math.min(now - MINUTE, c.createdAt + rng.int(HOUR, 3 * DAY));
    addNote(ctx, out, { customerId, caseRow: c, callId: null, body: fill(rng.pick(CASE_NOTES), rng), author: 'Back Office', createdAt });
  }
  return out;
}

function addCall(ctx: SeedContext, customer: SeedCustomer, plan: CallPlan, out: SeedHistory): void {
  const { rng, now } = ctx;
  const id = ctx.ids.next();
  const rep = rng.pick(REPS);
  const endedAt = Math.min(plan.startedAt + plan.duration, now);
  const moodStart = rng.weighted([['calm', 50], ['upset', 32], ['angry', 14], ['abusive', 4]] as const) satisfies Mood;
  const moodEnd = calmer(ctx, moodStart);
  const disposition = rng.weighted([['resolved', 55], ['pending', 25], ['escalated', 10], ['transferred', 10]] as const) satisfies Disposition;
  const phone = rng.chance(0.75) ? customer.phones[0] : rng.pick(customer.phones);
  const call: NewCall = {
    id,
    customerId: customer.id,
    caseId: plan.caseRow?.id ?? null,
    phone: phone?.e164 ?? '',
    direction: rng.chance(0.88) ? 'inbound' : 'outbound',
    repName: rep,
    startedAt: plan.startedAt,
    endedAt,
    moodStart,
    moodEnd,
    disposition,
    summary: rng.chance(0.9) ? fill(rng.pick(SUMMARIES), rng) : null,
  };
  out.calls.push(call);
  if (plan.caseRow) plan.caseRow.updatedAt = Math.max(plan.caseRow.updatedAt, endedAt);
  generateEvents(ctx, call, out.events);

  const noteCount = rng.weighted([[0, 35], [1, 50], [2, 15]] as const);
  for (let i = 0; i < noteCount; i++) {
    const createdAt = Math.min(now, plan.startedAt + rng.int(0, plan.duration + 5 * MINUTE));
    const body = fill(rng.pick(NOTES), rng);
    addNote(ctx, out, { customerId: customer.id, caseRow: plan.caseRow, callId: id, body, author: rep, createdAt });
  }

  const recentCall = now - plan.startedAt < 7 * DAY;
  if (rng.chance(recentCall ? 0.5 : 0.15)) {
    const dueAt = endedAt + rng.int(HOUR, 3 * DAY);
    let status: NonNullable<NewCommitment['status']> = 'open';
    let doneAt: number | null = null;
    if (dueAt <= now) {
      status = rng.weighted([['done', 78], ['open', 15], ['cancelled', 7]] as const);
      if (status !== 'open') doneAt = Math.min(now, Math.max(endedAt, dueAt - rng.int(0, 6 * HOUR)));
    }
    out.commitments.push({
      id: ctx.ids.next(),
      customerId: customer.id,
      caseId: plan.caseRow?.id ?? null,
      callId: id,
      description: fill(rng.pick(COMMITMENTS), rng),
      owner: rep,
      dueAt,
      status,
      createdAt: endedAt,
      doneAt,
    });
  }
}

type NotePlan = { customerId: string; caseRow: SeedCase | null; callId: string | null; body: string; author: string; createdAt: number };

function addNote(ctx: SeedContext, out: SeedHistory, n: NotePlan): void {
  out.notes.push({
    id: ctx.ids.next(),
    customerId: n.customerId,
    caseId: n.caseRow?.id ?? null,
    callId: n.callId,
    body: n.body,
    author: n.author,
    createdAt: n.createdAt,
  });
  // As the desk does when it records a note: a note touches its case.
  if (n.caseRow) n.caseRow.updatedAt = Math.max(n.caseRow.updatedAt, n.createdAt);
}

/** Most calls end calmer than they started: that is the point of the script. */
function calmer(ctx: SeedContext, start: Mood): Mood {
  if (start === 'calm') return ctx.rng.chance(0.95) ? 'calm' : 'upset';
  if (start === 'upset') return ctx.rng.weighted([['calm', 70], ['upset', 25], ['angry', 5]] as const);
  if (start === 'angry') return ctx.rng.weighted([['calm', 40], ['upset', 45], ['angry', 15]] as const);
  return ctx.rng.weighted([['upset', 40], ['angry', 40], ['abusive', 20]] as const);
}

/** A case id whose case number no earlier sample case has (40 random bits collide at ~1M cases). */
function caseId(ctx: SeedContext): string {
  for (;;) {
    const id = ctx.ids.next();
    const bits = Number.parseInt(id.slice(-10), 16);
    if (ctx.caseNumberBits.has(bits)) continue;
    ctx.caseNumberBits.add(bits);
    return id;
  }
}
