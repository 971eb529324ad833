import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { ServerDb } from '../db/connect.js';
import { HttpError, sendError } from './errors.js';
import { checkProtocol } from './protocol.js';
import { registerRoutes, type RouteHooks } from './routes.js';

export type AppOptions = {
  server: ServerDb;
  /** Injected so tests can expire codes without waiting. */
  now?: () => Date;
  logger?: boolean;
  /** Test hooks (fault injection); never set in production. */
  hooks?: RouteHooks;
};

export function buildApp(options: AppOptions): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  const now = options.now ?? (() => new Date());

  // After body parsing, before any handler: an outdated client is refused before its
  // request is interpreted at all.
  app.addHook('preHandler', async (request) => {
    checkProtocol(request.headers, request.body);
  });

  registerRoutes(app, options.server, now, options.hooks);

  app.setNotFoundHandler((request, reply) => sendError(reply, 404, 'not_found', `No route ${request.method} ${request.url}.`));

  // Client mistakes (bad JSON, wrong content type, too large) keep their 4xx status
  // with our error body; anything else is our fault and says so without details.
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.status, error.code, error.message);
    const status = error.statusCode;
    if (status !== undefined && status >= 400 && status < 500) {
      return sendError(reply, status, error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || status === 400 ? 'invalid_request' : error.code.toLowerCase(), error.message);
    }
    request.log.error(error);
    return sendError(reply, 500, 'internal', 'The server failed to handle this request.');
  });

  return app;
}
