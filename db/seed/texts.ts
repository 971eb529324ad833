import { PRODUCTS } from './names.js';
import type { Rng } from './prng.js';

// What sample cases, calls, notes and promises say. Templates with slots, filled from the
// seeded PRNG: {order} an order number, {product}, {amount}, {last4}, {day}, {month}.

export const CATEGORIES = ['billing', 'shipping', 'returns', 'technical', 'account', 'product'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SUBJECTS: Readonly<Record<Category, readonly string[]>> = {
  billing: [
    'Refund not received for order #{order}',
    'Charged twice for order #{order}',
    'Unexpected ${amount} fee on {month} statement',
    'Autopay failed for card ending {last4}',
    'Promo code not applied to order #{order}',
    'Wants invoice reissued with company name',
  ],
  shipping: [
    'Package marked delivered but not received (order #{order})',
    'Order #{order} delayed more than a week',
    'Wrong delivery address on order #{order}',
    '{product} arrived damaged',
    'Tracking number for order #{order} not working',
  ],
  returns: [
    'Return label not working for order #{order}',
    'Exchange {product} for a different size',
    'Refund amount short by ${amount} on returned {product}',
    'Return dropped off {day}, still not processed',
  ],
  technical: [
    '{product} will not turn on',
    '{product} stopped connecting after update',
    'Cannot reset password for online account',
    'App logs out every few minutes',
    '{product} making a grinding noise',
  ],
  account: [
    'Update billing address',
    'Locked out after too many sign-in attempts',
    'Change name on account after marriage',
    'Close account and delete data',
    'Loyalty points missing from {month}',
  ],
  product: [
    'Question about {product} warranty',
    '{product} missing parts',
    'Recall notice for {product}',
    'Wants to know when {product} is back in stock',
  ],
};

export const SUMMARIES: readonly string[] = [
  'Explained the refund timeline; refund of ${amount} issued, 5-7 business days.',
  'Caller upset about repeat delays; apologized, expedited replacement at no cost.',
  'Walked caller through reset steps; {product} working at end of call.',
  'Opened claim with carrier for order #{order}; caller will get email within 48 hours.',
  'Escalated to billing supervisor; duplicate charge confirmed on card ending {last4}.',
  'Caller wanted a manager; warm transfer to Tier 2 with full history.',
  'Emailed a new return label; caller will drop off {day}.',
  'Verified identity, updated address, resent order #{order}.',
  'Checked status: replacement {product} shipped, tracking sent by text.',
  'No fix yet; told caller we would call back with an update {day}.',
  'Caller thanked us; issue resolved on first contact.',
  'Applied ${amount} courtesy credit for the trouble.',
];

export const NOTES: readonly string[] = [
  'Caller says refund for order #{order} still not in account after 10 business days. Refund issued on our side; asked caller to check pending transactions.',
  'Very frustrated, third call about this. Listened without interrupting, apologized. Promised a call back {day} with the carrier answer.',
  'Caller was angry at first, calmer once we agreed on the replacement. Do not ask them to repeat the story again.',
  'Tried power cycle and factory reset on the {product}; no change. Sending replacement under warranty.',
  'Card ending {last4} charged twice (${amount} each). Reversal requested, reference in billing queue.',
  'Caller prefers text messages over email. Works nights, best time to call back is after 2pm.',
  'Customer asked for supervisor; explained options, they agreed to wait for the Tier 2 call back.',
  'Address on file was old, updated it. Reshipping order #{order} with signature required.',
  'Return received at warehouse {day}; refund pending inspection, told caller to allow 3 days.',
  'Caller is hard of hearing; speak slowly and confirm details by email.',
  'Promo was expired but applied ${amount} goodwill credit once. Noted so it is not repeated.',
  'Known issue with {product} firmware; linked to the open incident and gave the agreed answer.',
  'Caller reports the {product} was a gift; gift receipt number taken for the exchange.',
  'Spoke with the caller\'s spouse (authorized on account) about order #{order}.',
];

export const CASE_NOTES: readonly string[] = [
  'Back office: carrier confirmed package lost; replacement approved.',
  'Billing reviewed the account; credit of ${amount} applied.',
  'Warehouse confirms return of {product} received and inspected.',
  'Supervisor review: handle with priority if the caller rings again.',
];

export const COMMITMENTS: readonly string[] = [
  'Call back with the carrier\'s answer on order #{order}',
  'Email a prepaid return label for the {product}',
  'Confirm the refund of ${amount} has posted',
  'Call back after the billing supervisor reviews the duplicate charge',
  'Text the tracking number for the replacement {product}',
  'Check with Tier 2 and call back with a fix date',
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'tomorrow', 'this afternoon', 'next week'];

/** Fills a template's slots with draws from the PRNG. */
export function fill(template: string, rng: Rng): string {
  return template.replace(/\{(\w+)\}/g, (slot: string, name: string) => {
    switch (name) {
      case 'order':
        return String(rng.int(10000, 99999));
      case 'product':
        return rng.pick(PRODUCTS);
      case 'amount':
        return `${rng.int(5, 480)}.${rng.digits(2)}`;
      case 'last4':
        return rng.digits(4);
      case 'day':
        return rng.pick(DAYS);
      case 'month':
        return rng.pick(MONTHS);
      default:
        return slot;
    }
  });
}
