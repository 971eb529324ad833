import { ApiFailure } from '../../core/api/index.js';
import { parseCallLink } from '../../core/links/callLink.js';
import { normalizePhone } from '../../core/model/index.js';
import { customerCandidates } from '../../db/read/candidates.js';
import { findCustomerIdsByPhone } from '../../db/tables/customers.js';
import { customerHistory } from '../../db/read/history.js';
import type { BackendContext } from '../context.js';
import type { Handler, Handlers } from '../dispatch.js';

/**
 * Who is calling, at once: one customer gets their whole history; a number shared by
 * several customers (a household, a switchboard) lists them to pick from, because picking
 * the wrong one silently is worse than a keypress; an unknown number says so, and the UI
 * opens the new-customer form with the number filled in.
 */
export const lookup: Handler<'screenPop.lookup'> = ({ number }, ctx) => {
  const phone = normalizeOrFail(number, ctx);
  const ids = findCustomerIdsByPhone(ctx.db, phone.e164);
  if (ids.length === 0) return { number: phone, match: 'none', candidates: [], history: null };
  if (ids.length > 1) return { number: phone, match: 'many', candidates: customerCandidates(ctx.db, ids), history: null };
  const history = customerHistory(ctx.db, ids[0] as string, ctx.clock.now());
  if (!history) throw new ApiFailure('NOT_FOUND', 'That customer was removed while loading; try again.');
  return { number: phone, match: 'one', candidates: [], history };
};

/** A tel: or heard:// link from the OS or a softphone: validate it, then ask every window to pop it. */
export const openLink: Handler<'links.open'> = ({ url }, ctx) => {
  const link = parseCallLink(url);
  if (!link.ok) throw new ApiFailure(link.error.code, link.error.message);
  const phone = normalizeOrFail(link.number, ctx);
  ctx.emit('screenPop.requested', { number: phone.e164, source: 'link' });
  return { number: phone.e164 };
};

function normalizeOrFail(raw: string, ctx: BackendContext) {
  const result = normalizePhone(raw, ctx.defaultCountry);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
  return result.value;
}

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const screenPopHandlers = {
  'screenPop.lookup': lookup,
  'links.open': openLink,
} satisfies Partial<Handlers>;
