// SQL fragments that must match the schema exactly.

/**
 * "The case still needs action" (core's OPEN_CASE_STATUSES), written as the same OR chain
 * as the predicate of the partial index cases_customer_open in migration 0010: SQLite uses
 * a partial index only when the query's WHERE contains the index's expression itself.
 * Use it on the unaliased cases table. A unit test checks both the statuses and the plan.
 */
export const CASE_IS_OPEN = `(status = 'open' OR status = 'pending' OR status = 'escalated')`;
