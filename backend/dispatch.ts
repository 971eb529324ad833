import { z } from 'zod';
import {
  ApiFailure,
  commands,
  fail,
  isCommandName,
  ok,
  type CommandName,
  type Commands,
  type CommandOutput,
  type Result,
} from '../core/api/index.js';
import type { BackendContext } from './context.js';

/** A handler gets its input already validated against the contract, and returns its output. */
export type Handler<K extends CommandName> = (input: z.output<Commands[K]['input']>, ctx: BackendContext) => CommandOutput<K>;
export type Handlers = { [K in CommandName]: Handler<K> };

/**
 * The backend boundary. Whatever arrives (from IPC, a WebSocket or a test) is untrusted:
 * an unknown name or a payload that fails its schema returns an error and runs nothing,
 * so nothing is written. Nothing throws past this function.
 */
export function dispatch(handlers: Handlers, ctx: BackendContext, name: unknown, input: unknown): Result<unknown> {
  if (!isCommandName(name)) {
    // Never String(name): a JSON object such as {"toString":0} throws on conversion.
    const shown = typeof name === 'string' ? JSON.stringify(name.slice(0, 80)) : `(a ${name === null ? 'null' : typeof name}, not a name)`;
    return fail('UNKNOWN_COMMAND', `Unknown command ${shown}.`);
  }
  const parsed = commands[name].input.safeParse(input);
  if (!parsed.success) return fail('BAD_INPUT', describeIssues(parsed.error));
  try {
    // The cast is the one place the map's per-key types meet; each entry is typed on its own.
    const handler = handlers[name] as (input: unknown, ctx: BackendContext) => unknown;
    return ok(handler(parsed.data, ctx));
  } catch (error) {
    if (error instanceof ApiFailure) return fail(error.code, error.message);
    console.error(`[backend] ${name} failed`, error);
    return fail('INTERNAL', `Something went wrong in ${name}; nothing was saved. The details are in the app log.`);
  }
}

/** One readable sentence per problem, naming the field, e.g. "name: Enter the caller's name." */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join(' ');
}
