import fc from 'fast-check';
import type { ZodType } from 'zod';
import { EnrolRequest } from '../../../core/sync/enrolment.js';
import { PullRequest, PushRequest } from '../../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../../core/sync/protocol.js';

// Requests that are wrong by construction, for the property "every bad request gets a 4xx,
// never a 5xx, and writes nothing" (validation.test.ts). Each starts from a valid request of
// one route and gets one or more faults; every fault alone is enough to make it invalid, so
// no oracle has to guess what the server would accept.

export type Route = { method: 'GET' | 'POST'; url: string; schema: ZodType | null; authed: boolean };

/** Every route of server/http/routes.ts (validation.test.ts checks the list is complete). */
export const ROUTES: readonly Route[] = [
  { method: 'POST', url: '/v1/enrol', schema: EnrolRequest, authed: false },
  { method: 'GET', url: '/v1/me', schema: null, authed: true },
  { method: 'POST', url: '/v1/push', schema: PushRequest, authed: true },
  { method: 'POST', url: '/v1/pull', schema: PullRequest, authed: true },
];

/** What the world holds: a valid body per route, and a device's credentials. */
export type Valid = {
  bodies: Record<string, Record<string, unknown>>;
  device: { deviceId: string; token: string };
  otherDevice: { deviceId: string; token: string };
};

export type BadRequest = { method: string; url: string; headers: Record<string, string>; payload?: string; faults: string[] };

type Fault = 'auth' | 'protocol' | 'body' | 'contentType' | 'method' | 'huge';
type Edit = (request: BadRequest, body: unknown) => { request: BadRequest; body: unknown };

/** A body sent as this text verbatim, not as JSON. */
class RawText {
  constructor(readonly text: string) {}
}
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawText);

/** A header value a client could send: printable ASCII. */
const headerText = fc.string({ maxLength: 80 });

function authFault(valid: Valid): fc.Arbitrary<Edit> {
  const headers = fc.oneof(
    fc.constant({}),
    fc.constant({ authorization: `Bearer ${'A'.repeat(43)}`, 'x-heard-device': valid.device.deviceId }),
    // Another enrolled device's id with this token, and the token alone.
    fc.constant({ authorization: `Bearer ${valid.device.token}`, 'x-heard-device': valid.otherDevice.deviceId }),
    fc.constant({ authorization: `Bearer ${valid.device.token}` }),
    fc.constant({ authorization: valid.device.token, 'x-heard-device': valid.device.deviceId }),
    fc.record({ authorization: headerText, 'x-heard-device': headerText }),
  );
  return headers.map((auth) => (request, body) => {
    const { authorization: _a, 'x-heard-device': _d, ...rest } = request.headers;
    return { request: { ...request, headers: { ...rest, ...auth } }, body };
  });
}

function protocolFault(): fc.Arbitrary<Edit> {
  const header = fc.oneof(fc.constant(null), fc.constantFrom('0', String(PROTOCOL_VERSION + 1), '-1', '1.5', ''), headerText.filter((s) => !/^\s*0*1\s*$/.test(s)));
  const inBody = fc.oneof(fc.constant(undefined), fc.constantFrom<unknown>(0, PROTOCOL_VERSION + 1, -1, 1.5, '1', null, [1]));
  return fc.tuple(header, inBody).map(([h, b]) => (request, body) => {
    const { 'x-heard-protocol': _p, ...rest } = request.headers;
    const headers = h === null ? rest : { ...rest, 'x-heard-protocol': h };
    if (!isObject(body)) return { request: { ...request, headers }, body };
    const { protocol: _old, ...others } = body;
    return { request: { ...request, headers }, body: b === undefined ? others : { ...others, protocol: b } };
  });
}

/** A value somewhere in the body replaced, removed or joined by an unknown key. */
function mutated(template: Record<string, unknown>): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(template, []);
  const op = fc.oneof(
    fc.record({ t: fc.constant('replace' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
    fc.record({ t: fc.constant('delete' as const) }),
    fc.record({ t: fc.constant('add' as const), key: fc.string({ maxLength: 12 }), value: fc.jsonValue({ maxDepth: 1 }) }),
  );
  return fc.tuple(fc.constantFrom(...paths), op).map(([path, o]) => {
    const copy = structuredClone(template) as unknown;
    if (path.length === 0) return o.t === 'replace' ? o.value : o.t === 'add' && isObject(copy) ? { ...copy, [o.key]: o.value } : null;
    let parent = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    if (o.t === 'replace') parent[last] = o.value;
    else if (o.t === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (isObject(parent[last])) (parent[last] as Record<string, unknown>)[o.key] = o.value;
    else parent[last] = { [o.key]: o.value };
    return copy;
  });
}

/** A body the route's schema refuses: mutated, arbitrary JSON, or text that is not JSON. */
function bodyFault(route: Route, template: Record<string, unknown>): fc.Arbitrary<Edit> {
  const text = JSON.stringify(template);
  const json = fc.oneof(mutated(template), fc.jsonValue({ maxDepth: 3 })).filter((b) => route.schema?.safeParse(b).success !== true);
  const notJson = fc.oneof(fc.nat(text.length - 1).map((n) => text.slice(0, n)), fc.string({ maxLength: 200 })).filter((t) => {
    try {
      JSON.parse(t);
      return false;
    } catch {
      return true;
    }
  });
  return fc.oneof(json, notJson.map((t) => new RawText(t))).map((b) => (request) => ({ request, body: b }));
}

function contentTypeFault(): fc.Arbitrary<Edit> {
  const type = fc.oneof(fc.constant(null), fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/xml', 'application/octet-stream'), headerText.filter((s) => !/json/i.test(s)));
  return type.map((t) => (request, body) => {
    const { 'content-type': _c, ...rest } = request.headers;
    return { request: { ...request, headers: t === null ? rest : { ...rest, 'content-type': t } }, body };
  });
}

function methodFault(route: Route): fc.Arbitrary<Edit> {
  const others = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'].filter((m) => m !== route.method && !(route.method === 'GET' && m === 'HEAD'));
  return fc.constantFrom(...others).map((method) => (request, body) => ({ request: { ...request, method }, body }));
}

/** Too many items, too large a number, or more bytes than the body limit (1 MiB). */
function hugeFault(route: Route, template: Record<string, unknown>): fc.Arbitrary<Edit> {
  const overLimit = fc.integer({ min: 1024 * 1024 + 1, max: 2 * 1024 * 1024 }).map((n) => ({ ...template, padding: 'x'.repeat(n) }));
  const byRoute: fc.Arbitrary<unknown> =
    route.url === '/v1/push'
      ? fc.integer({ min: 501, max: 3000 }).map((n) => ({ ...template, changes: Array.from({ length: n }, () => (template['changes'] as unknown[])[0]) }))
      : route.url === '/v1/pull'
        ? fc.constantFrom(1001, 1e9, Number.MAX_SAFE_INTEGER).map((limit) => ({ ...template, limit }))
        : fc.integer({ min: 101, max: 100_000 }).map((n) => ({ ...template, deviceName: 'd'.repeat(n) }));
  return fc.oneof(overLimit, byRoute).map((b) => (request) => ({ request, body: b }));
}

export function badRequestArb(valid: Valid): fc.Arbitrary<BadRequest> {
  return fc.constantFrom(...ROUTES).chain((route) => {
    const template = valid.bodies[route.url] ?? {};
    const applicable: Fault[] = route.method === 'GET' ? ['auth', 'protocol', 'method'] : route.authed ? ['auth', 'protocol', 'body', 'contentType', 'method', 'huge'] : ['protocol', 'body', 'contentType', 'method', 'huge'];
    const edits: Record<Fault, fc.Arbitrary<Edit>> = {
      auth: authFault(valid),
      protocol: protocolFault(),
      body: bodyFault(route, template),
      contentType: contentTypeFault(),
      method: methodFault(route),
      huge: hugeFault(route, template),
    };
    return fc.subarray(applicable, { minLength: 1, maxLength: 3 }).chain((faults) =>
      // 'body' and 'huge' replace the body, so they come first and the other faults edit it.
      fc.tuple(...[...faults].sort((a, b) => Number(b === 'body' || b === 'huge') - Number(a === 'body' || a === 'huge')).map((f) => edits[f])).map((list) => {
        let request: BadRequest = {
          method: route.method,
          url: route.url,
          headers: {
            authorization: `Bearer ${valid.device.token}`,
            'x-heard-device': valid.device.deviceId,
            'x-heard-protocol': String(PROTOCOL_VERSION),
            ...(route.method === 'POST' ? { 'content-type': 'application/json' } : {}),
          },
          faults,
        };
        let body: unknown = route.method === 'POST' ? template : undefined;
        for (const edit of list) ({ request, body } = edit(request, body));
        if (body === undefined) return request;
        return { ...request, payload: body instanceof RawText ? body.text : JSON.stringify(body) };
      }),
    );
  });
}
