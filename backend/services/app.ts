import type { Handler } from '../dispatch.js';

export const appInfo: Handler<'app.info'> = (_input, ctx) => ({
  version: ctx.version,
  now: ctx.clock.now(),
  defaultCountry: ctx.defaultCountry,
  repName: ctx.repName,
});
