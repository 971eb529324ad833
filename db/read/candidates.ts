import type { CustomerCandidate } from '../../core/model/index.js';
import { lastCallAt } from '../tables/calls.js';
import { openCaseCount } from '../tables/cases.js';
import { getCustomer } from '../tables/customers.js';
import type { ReadableDb } from '../transaction.js';

/**
 * What the rep needs to pick among customers sharing a number (the screen pop's "pick
 * one"). Unknown ids are skipped. Ordered by last call, most recent first (the likeliest
 * caller), then by name.
 */
export function customerCandidates(db: ReadableDb, ids: readonly string[]): CustomerCandidate[] {
  const out: CustomerCandidate[] = [];
  for (const id of new Set(ids)) {
    const customer = getCustomer(db, id);
    if (!customer) continue;
    out.push({
      id,
      name: customer.name,
      phones: customer.phones.map((p) => p.display),
      openCaseCount: openCaseCount(db, id),
      lastCallAt: lastCallAt(db, id),
    });
  }
  return out.sort((a, b) => (b.lastCallAt ?? -1) - (a.lastCallAt ?? -1) || a.name.localeCompare(b.name));
}
