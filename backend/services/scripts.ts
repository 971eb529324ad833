import type { Handler, Handlers } from '../dispatch.js';

/** Built-ins and the team's scripts, re-read from the folder so a new file shows without a restart. */
export const list: Handler<'scripts.list'> = (_input, ctx) => ctx.scripts.reload();

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const scriptHandlers = {
  'scripts.list': list,
} satisfies Partial<Handlers>;
