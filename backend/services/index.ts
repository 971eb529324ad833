import type { Handlers } from '../dispatch.js';
import { appHandlers } from './app.js';
import { callHandlers } from './calls.js';
import { caseHandlers } from './cases.js';
import { commitmentHandlers } from './commitments.js';
import { customerHandlers } from './customers.js';
import { screenPopHandlers } from './screenPop.js';
import { scriptHandlers } from './scripts.js';
import { searchHandlers } from './search.js';
import { settingsHandlers } from './settings.js';
import { syncHandlers } from './sync.js';

/**
 * One handler per command of the contract, joined from each service's own map: adding a
 * command is its entry in core/api/schemas and its handler in that service. The type makes
 * a missing one a compile error.
 */
export const handlers: Handlers = {
  ...appHandlers,
  ...callHandlers,
  ...caseHandlers,
  ...commitmentHandlers,
  ...customerHandlers,
  ...screenPopHandlers,
  ...scriptHandlers,
  ...searchHandlers,
  ...settingsHandlers,
  ...syncHandlers,
};
