import { normalizeName } from '../normalize.js';
import type { NewCustomer } from '../tables/customers.js';
import { DAY, type SeedContext } from './context.js';
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from './names.js';
import type { SeedPhone } from './phones.js';

/** Share of customers on a number another customer already has (a household line). */
const SHARED_NUMBER_SHARE = 0.02;
const INTERNATIONAL_SHARE = 0.03;
const HOUSEHOLD_MEMORY = 64;
const MAX_AGE = 4 * 365 * DAY;

export type SeedCustomer = NewCustomer;

export function generateCustomer(ctx: SeedContext): SeedCustomer {
  const { rng } = ctx;
  const id = ctx.ids.next();
  const createdAt = ctx.now - rng.int(10 * DAY, MAX_AGE);
  const household = ctx.households.length > 0 && rng.chance(SHARED_NUMBER_SHARE) ? rng.pick(ctx.households) : null;

  const lastName = household ? household.lastName : rng.pick(LAST_NAMES);
  let firstName = rng.pick(FIRST_NAMES);
  // Two people of one household with one name would be the duplicate the store refuses.
  while (household && firstName === household.firstName) firstName = rng.pick(FIRST_NAMES);
  const name = rng.chance(0.08) ? `${firstName} ${String.fromCharCode(65 + rng.int(0, 25))}. ${lastName}` : `${firstName} ${lastName}`;

  const numbers: { phone: SeedPhone; label: string | null }[] = [];
  if (household) numbers.push({ phone: household.phone, label: 'home' });
  const count = rng.weighted([[1, 70], [2, 25], [3, 5]] as const);
  const labels = ['mobile', 'work', 'home'];
  while (numbers.length < count) {
    const phone = ctx.phones.next(INTERNATIONAL_SHARE);
    if (numbers.some((n) => n.phone.e164 === phone.e164)) continue;
    numbers.push({ phone, label: rng.chance(0.1) ? null : (labels[numbers.length] ?? 'other') });
  }
  const first = numbers[0];
  if (first) {
    ctx.households.push({ firstName, lastName, phone: first.phone });
    if (ctx.households.length > HOUSEHOLD_MEMORY) ctx.households.shift();
  }

  return {
    id,
    name,
    email: rng.chance(0.85) ? email(ctx, firstName, lastName) : null,
    createdAt,
    phones: numbers.map(({ phone, label }) => ({ e164: phone.e164, label })),
  };
}

function email(ctx: SeedContext, firstName: string, lastName: string): string {
  const { rng } = ctx;
  const f = ascii(firstName);
  const l = ascii(lastName);
  const style = rng.weighted([['dot', 4], ['number', 3], ['initial', 2], ['year', 1]] as const);
  const tail = rng.int(1, 99);
  let local: string;
  if (f === '' || l === '') local = `customer${rng.digits(6)}`;
  else if (style === 'dot') local = `${f}.${l}`;
  else if (style === 'number') local = `${f}${l}${tail}`;
  else if (style === 'initial') local = `${f.slice(0, 1)}${l}`;
  else local = `${f}_${l}${1960 + tail}`;
  return `${local}@${rng.pick(EMAIL_DOMAINS)}`;
}

function ascii(text: string): string {
  return normalizeName(text).replace(/[^a-z0-9]/g, '');
}
