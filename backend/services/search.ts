import { search } from '../../db/read/search.js';
import type { Handler, Handlers } from '../dispatch.js';

const DEFAULT_LIMIT = 20;

export const query: Handler<'search.query'> = ({ text, limit }, ctx) => ({
  hits: search(ctx.db, text, limit ?? DEFAULT_LIMIT, ctx.defaultCountry),
});

/** This service's commands; services/index.ts joins every service's map into the backend's. */
export const searchHandlers = {
  'search.query': query,
} satisfies Partial<Handlers>;
