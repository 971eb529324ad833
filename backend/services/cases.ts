import { ApiFailure } from '../../core/api/result.js';
import type { CaseDetail } from '../../core/api/index.js';
import { getCaseSummary, updateCaseFields } from '../../db/tables/cases.js';
import { appendOutbox } from '../../db/tables/outbox.js';
import { writeTransaction } from '../../db/transaction.js';
import type { BackendContext } from '../context.js';
import type { Handler, Handlers } from '../dispatch.js';
import { caseEdited } from '../sync/changes.js';
import { caseConflicts } from '../sync/conflicts.js';
import { mergedState } from '../sync/project/index.js';

export const get: Handler<'cases.get'> = ({ caseId }, ctx) => detail(ctx, caseId);

/** Changes what the rep changed, nothing else; the same value again writes nothing. */
export const update: Handler<'cases.update'> = ({ caseId, subject, status }, ctx) => {
  writeTransaction(ctx.db, (w) => {
    const current = getCaseSummary(ctx.db, caseId);
    if (!current) throw new ApiFailure('NOT_FOUND', 'No case with that id.');
    const edit = {
      ...(subject !== undefined && subject !== current.subject ? { subject } : {}),
      ...(status !== undefined && status !== current.status ? { status } : {}),
    };
    if (Object.keys(edit).length === 0) return;
    const now = ctx.clock.now();
    // The stamps of the values on the rep's screen: what this edit knowingly replaces.
    const seen = mergedState(ctx.db, 'case', caseId).fields;
    const basis = Object.fromEntries(Object.keys(edit).map((f) => [f, seen[f]?.hlc ?? '']));
    updateCaseFields(w, caseId, edit, now);
    appendOutbox(w, caseEdited(caseId, edit, basis, ctx.repName, now), now);
  });
  return detail(ctx, caseId);
};

function detail(ctx: BackendContext, caseId: string): CaseDetail {
  const found = getCaseSummary(ctx.db, caseId);
  if (!found) throw new ApiFailure('NOT_FOUND', 'No case with that id.');
  return { case: found, conflicts: caseConflicts(ctx.db, caseId) };
}

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const caseHandlers = {
  'cases.get': get,
  'cases.update': update,
} satisfies Partial<Handlers>;
