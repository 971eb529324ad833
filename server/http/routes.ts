import type { FastifyInstance } from 'fastify';
import { EnrolRequest, type MeResponse } from '../../core/sync/enrolment.js';
import { enrolDevice } from '../auth/enrol.js';
import type { ServerDb } from '../db/connect.js';
import { authenticateRequest, requestAuth } from './deviceAuth.js';
import { HttpError } from './errors.js';

const ENROL_FAILURES = {
  unknown_code: [401, 'This enrolment code is not valid. Check it, or ask an admin for a new one.'],
  code_used: [409, 'This enrolment code was already used. Ask an admin for a new one.'],
  code_expired: [401, 'This enrolment code has expired. Ask an admin for a new one.'],
} as const;

export function registerRoutes(app: FastifyInstance, server: ServerDb, now: () => Date): void {
  app.post('/v1/enrol', async (request, reply) => {
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
    scope.get('/v1/me', async (request): Promise<MeResponse> => {
      const auth = requestAuth(request);
      return { deviceId: auth.deviceId, user: auth.user };
    });
  });
}
