import { writeTransaction } from '../../db/transaction.js';
import { holdPolicyOf, readSettings, writeSettings } from '../settings/teamSettings.js';
import type { Handler, Handlers } from '../dispatch.js';

export const get: Handler<'settings.get'> = (_input, ctx) => readSettings(ctx.db);

/** Saves the fields given (the contract's schema has checked their ranges); open holds re-arm on the new policy at once. */
export const update: Handler<'settings.update'> = (patch, ctx) => {
  const settings = writeTransaction(ctx.db, (w) => {
    writeSettings(w, patch, ctx.clock.now(), ctx.repName);
    return readSettings(w);
  });
  ctx.setHoldPolicy(holdPolicyOf(settings));
  ctx.changed.policy();
  return settings;
};

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const settingsHandlers = {
  'settings.get': get,
  'settings.update': update,
} satisfies Partial<Handlers>;
