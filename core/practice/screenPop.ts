import { findRepeat } from '../insight/repeatCall.js';
import { OPEN_CASE_STATUSES } from '../model/enums.js';
import type { CallSummary, CaseSummary, CommitmentView, Customer, CustomerHistory } from '../model/index.js';
import { caseNumberFromId } from '../model/ids.js';
import { normalizePhone } from '../model/phone.js';
import { practiceId } from './ids.js';
import type { ScenarioDefinition } from './schema/scenario.js';

// The fictional customer's past as real records, so the screen pop of a practice call looks
// like a real caller's (issue 11: "earlier cases, calls, a broken promise"). Times are counted
// back from `now`, so the history is always recent; ids are derived from the scenario, so the
// same scenario always means the same fictional customer. These records belong in the
// practice space only, never beside real customers.

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export type PracticeRecords = {
  customer: Customer;
  cases: CaseSummary[];
  calls: CallSummary[];
  commitments: CommitmentView[];
};

export function practiceRecords(def: ScenarioDefinition, now: number): PracticeRecords {
  const id = (key: string) => practiceId(def.id, key);
  const c = def.customer;
  const customerId = id('customer');
  const phone = normalizePhone(c.phone);
  // parseScenario refuses an invalid number; a hand-built definition falls back to the text.
  const phones = [phone.ok ? { ...phone.value, label: null } : { e164: c.phone, display: c.phone, label: null }];
  const ago = (days: number) => Math.round(now - days * DAY_MS);
  const customer: Customer = {
    id: customerId,
    name: c.name,
    email: c.email,
    phones,
    createdAt: ago(c.customerSinceDaysAgo),
    updatedAt: ago(Math.min(c.customerSinceDaysAgo, ...c.cases.map((k) => k.updatedDaysAgo))),
  };
  const caseIds = new Map(c.cases.map((k) => [k.ref, id(`case:${k.ref}`)]));
  const cases: CaseSummary[] = c.cases.map((k) => {
    const caseId = caseIds.get(k.ref) as string;
    return { id: caseId, customerId, number: caseNumberFromId(caseId), subject: k.subject, status: k.status, category: k.category, createdAt: ago(k.openedDaysAgo), updatedAt: ago(k.updatedDaysAgo) };
  });
  const numberOf = (ref: string | null) => (ref === null ? null : (cases.find((k) => k.id === caseIds.get(ref))?.number ?? null));
  const calls: CallSummary[] = c.calls.map((call, i) => {
    const callId = id(`call:${i}`);
    const startedAt = ago(call.daysAgo);
    return {
      id: callId,
      customerId,
      caseId: call.case === null ? null : (caseIds.get(call.case) ?? null),
      caseNumber: numberOf(call.case),
      phone: phones[0]!.e164,
      direction: call.direction,
      repName: call.rep,
      startedAt,
      endedAt: startedAt + Math.round(call.minutes * MINUTE_MS),
      moodStart: call.moodStart,
      moodEnd: call.moodEnd,
      disposition: call.disposition,
      summary: call.summary,
      notes: call.notes.map((body, j) => ({ id: id(`call:${i}:note:${j}`), body, author: call.rep, createdAt: startedAt + (j + 1) * MINUTE_MS })),
    };
  });
  const commitments: CommitmentView[] = c.commitments.map((m, i) => {
    const dueAt = ago(m.dueDaysAgo);
    return {
      id: id(`commitment:${i}`),
      customerId,
      caseId: m.case === null ? null : (caseIds.get(m.case) ?? null),
      caseNumber: numberOf(m.case),
      description: m.description,
      owner: m.owner,
      dueAt,
      status: m.status,
      overdue: m.status === 'open' && dueAt < now,
    };
  });
  return { customer, cases, calls, commitments };
}

/** The screen pop for the practice call: the same shape a real caller's history has. */
export function practiceHistory(def: ScenarioDefinition, now: number): CustomerHistory {
  const r = practiceRecords(def, now);
  const isOpen = (k: CaseSummary) => (OPEN_CASE_STATUSES as readonly string[]).includes(k.status);
  const byTouched = (a: CaseSummary, b: CaseSummary) => b.updatedAt - a.updatedAt;
  return {
    customer: r.customer,
    cases: [...r.cases.filter(isOpen).sort(byTouched), ...r.cases.filter((k) => !isOpen(k)).sort(byTouched)],
    recentCalls: [...r.calls].sort((a, b) => b.startedAt - a.startedAt),
    commitments: r.commitments.filter((m) => m.status === 'open').sort((a, b) => a.dueAt - b.dueAt),
    repeat: findRepeat(r.cases, now),
    handovers: [],
  };
}

/** The promises made to this caller and not kept: what a trainee should spot at screen pop. */
export function brokenPromises(def: ScenarioDefinition, now: number): CommitmentView[] {
  return practiceRecords(def, now).commitments.filter((m) => m.overdue);
}
