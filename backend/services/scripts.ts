import type { Handler } from '../dispatch.js';

/** Built-ins and the team's scripts, re-read from the folder so a new file shows without a restart. */
export const list: Handler<'scripts.list'> = (_input, ctx) => ctx.scripts.reload();
