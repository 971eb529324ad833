import { MIN_PROTOCOL_VERSION, PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../core/sync/protocol.js';
import { HttpError } from './errors.js';

/**
 * The protocol a request speaks: the X-Heard-Protocol header, or else a `protocol` field
 * of a JSON body. Throws the refusal; an outdated client gets 426 with a message a rep
 * can act on, since that is the one failure fixed by updating the app.
 */
export function checkProtocol(headers: Record<string, string | string[] | undefined>, body: unknown): number {
  const header = headers[PROTOCOL_HEADER];
  const fromBody = typeof body === 'object' && body !== null && 'protocol' in body ? (body as { protocol: unknown }).protocol : undefined;
  const raw: unknown = typeof header === 'string' ? header : fromBody;
  if (raw === undefined) {
    throw new HttpError(400, 'protocol_missing', `Send the protocol version in the ${PROTOCOL_HEADER} header.`);
  }
  const version = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  // 0 is well-formed: it is simply older than any protocol this server speaks.
  if (!Number.isSafeInteger(version) || version < 0) {
    throw new HttpError(400, 'protocol_invalid', 'The protocol version must be a whole number.');
  }
  if (version < MIN_PROTOCOL_VERSION) {
    throw new HttpError(
      426,
      'protocol_too_old',
      `This version of Heard (protocol ${version}) is too old for the server, which needs protocol ${MIN_PROTOCOL_VERSION} or newer. Update Heard, then sync again; your unsynced work is kept.`,
    );
  }
  if (version > PROTOCOL_VERSION) {
    throw new HttpError(400, 'protocol_newer_than_server', `The server speaks protocol ${PROTOCOL_VERSION} at most; it must be updated before this client (protocol ${version}) can sync.`);
  }
  return version;
}
