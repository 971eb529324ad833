import type { FastifyInstance } from 'fastify';
import { EnrolRequest, type MeResponse } from '../../core/sync/enrolment.js';
import { PullRequest, PushRequest, type PushResponse } from '../../core/sync/messages.js';
import { SYNC_ROUTES } from '../../core/sync/routes.js';
import { enrolDevice } from '../auth/enrol.js';
import type { ServerDb } from '../db/connect.js';
import { authenticateRequest, requestAuth } from './deviceAuth.js';
import { pullChangesJson } from '../sync/pull.js';
import { pushChanges } from '../sync/push.js';
import { HttpError } from './errors.js';

const ENROL_FAILURES = {
  unknown_code: [401, 'This enrolment code is not valid. Check it, or ask an admin for a new one.'],
  code_used: [409, 'This enrolment code was already used. Ask an admin for a new one.'],
  code_expired: [401, 'This enrolment code has expired. Ask an admin for a new one.'],
  device_taken: [409, 'This device is already enrolled (its store may be a copy of another device\'s). The app takes a new device identity and tries again; the code was not used.'],
} as const;

/** Test hooks; absent in production. */
export type RouteHooks = { afterStore?: (index: number) => void };

function invalid(what: string, error: { issues: { path: PropertyKey[]; message: string }[] }): HttpError {
  const issue = error.issues[0];
  return new HttpError(400, 'invalid_request', `Invalid ${what}: ${issue ? `${issue.path.map(String).join('.') || 'body'}: ${issue.message}` : 'bad body'}`);
}

export function registerRoutes(app: FastifyInstance, server: ServerDb, now: () => Date, hooks: RouteHooks = {}): void {
  app.post(SYNC_ROUTES.enrol, async (request, reply) => {
    const parsed = EnrolRequest.safeParse(request.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new HttpError(400, 'invalid_request', `Invalid enrolment request: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'bad body'}`);
    }
    const outcome = await enrolDevice(server, parsed.data, now());
    if (!outcome.ok) {
      const [status, message] = ENROL_FAILURES[outcome.reason];
      throw new HttpError(status, outcome.reason, message);
    }
    return reply.code(201).send(outcome.value);
  });

  // Everything else needs an enrolled device; a scope so the hook cannot miss a route.
  void app.register(async (scope) => {
    scope.addHook('preHandler', async (request) => authenticateRequest(server, request));
    scope.get(SYNC_ROUTES.me, async (request): Promise<MeResponse> => {
      const auth = requestAuth(request);
      return { deviceId: auth.deviceId, user: auth.user };
    });

    scope.post(SYNC_ROUTES.push, async (request): Promise<PushResponse> => {
      const parsed = PushRequest.safeParse(request.body);
      if (!parsed.success) throw invalid('push request', parsed.error);
      return pushChanges(server, requestAuth(request), parsed.data, { now: now(), ...(hooks.afterStore ? { afterStore: hooks.afterStore } : {}) });
    });

    scope.post(SYNC_ROUTES.pull, async (request, reply) => {
      const parsed = PullRequest.safeParse(request.body);
      if (!parsed.success) throw invalid('pull request', parsed.error);
      // A PullResponse, sent as the JSON text pull.ts builds (each change serialised once per process).
      return reply.type('application/json; charset=utf-8').send(await pullChangesJson(server, requestAuth(request), parsed.data));
    });
  });
}
