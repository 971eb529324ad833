import { z } from 'zod';
import { LIMITS } from '../model/limits.js';

/**
 * Root-cause categories offered at wrap-up (HEARD's Diagnose). The category is a free slug
 * rather than an enum so a team can add its own without a schema change; these are the
 * defaults the picker shows, worded as causes, never as people to blame.
 */
export const ROOT_CAUSE_CATEGORIES: readonly { id: string; label: string }[] = [
  { id: 'product_defect', label: 'Product defect' },
  { id: 'delivery', label: 'Delivery or logistics' },
  { id: 'billing', label: 'Billing or payment' },
  { id: 'account_access', label: 'Account or access' },
  { id: 'policy', label: 'Policy unclear or unfair' },
  { id: 'information', label: 'Wrong or missing information' },
  { id: 'process', label: 'Internal process or handoff' },
  { id: 'expectation', label: 'Expectation not set' },
  { id: 'outage', label: 'Service outage' },
  { id: 'other', label: 'Other' },
];

export const RootCause = z.object({
  category: z.string().min(1).max(40).regex(/^[a-z][a-z0-9_-]*$/, 'A category is a lowercase slug'),
  note: z.string().max(LIMITS.summary),
});
export type RootCause = z.infer<typeof RootCause>;
