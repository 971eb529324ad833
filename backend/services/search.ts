import { search } from '../../db/read/search.js';
import type { Handler } from '../dispatch.js';

const DEFAULT_LIMIT = 20;

export const query: Handler<'search.query'> = ({ text, limit }, ctx) => ({
  hits: search(ctx.db, text, limit ?? DEFAULT_LIMIT, ctx.defaultCountry),
});
