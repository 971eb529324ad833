import type { FastifyReply } from 'fastify';

// Every refusal has the same body, {error:{code,message}}, so the app's sync client
// can show the message and branch on the code without parsing text.

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}
