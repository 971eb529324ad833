import type { Handler, Handlers } from '../dispatch.js';

export const appInfo: Handler<'app.info'> = (_input, ctx) => ({
  version: ctx.version,
  now: ctx.clock.now(),
  defaultCountry: ctx.defaultCountry,
  repName: ctx.repName,
});

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const appHandlers = {
  'app.info': appInfo,
} satisfies Partial<Handlers>;
