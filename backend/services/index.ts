import type { Handlers } from '../dispatch.js';
import { appInfo } from './app.js';
import * as calls from './calls.js';
import * as cases from './cases.js';
import * as commitments from './commitments.js';
import * as customers from './customers.js';
import * as screenPop from './screenPop.js';
import * as scripts from './scripts.js';
import * as search from './search.js';
import * as settings from './settings.js';
import * as sync from './sync.js';

/** One handler per command of the contract; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'app.info': appInfo,
  'screenPop.lookup': screenPop.lookup,
  'links.open': screenPop.openLink,
  'customers.history': customers.history,
  'customers.create': customers.create,
  'search.query': search.query,
  'call.start': calls.start,
  'call.record': calls.record,
  'call.get': calls.get,
  'call.active': calls.active,
  'scripts.list': scripts.list,
  'settings.get': settings.get,
  'settings.update': settings.update,
  'commitments.due': commitments.due,
  'commitments.get': commitments.get,
  'commitments.complete': commitments.complete,
  'commitments.reschedule': commitments.reschedule,
  'sync.status': sync.status,
  'sync.enrol': sync.enrol,
  'sync.signOut': sync.signOut,
  'sync.setPaused': sync.setPaused,
  'sync.now': sync.now,
  'sync.rejections': sync.rejections,
  'sync.reviewRejections': sync.reviewRejections,
  'cases.get': cases.get,
  'cases.update': cases.update,
};
