import type { Handlers } from '../dispatch.js';
import { appInfo } from './app.js';
import * as customers from './customers.js';
import * as screenPop from './screenPop.js';
import * as search from './search.js';

/** One handler per command of the contract; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'app.info': appInfo,
  'screenPop.lookup': screenPop.lookup,
  'links.open': screenPop.openLink,
  'customers.history': customers.history,
  'customers.create': customers.create,
  'search.query': search.query,
};
