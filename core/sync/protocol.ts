// The wire protocol between the desktop app and the central server. Every request names
// the protocol it speaks, so a server can refuse an outdated client with a clear message
// instead of misreading its changes (DESIGN.md, Sync).

/** The protocol this build speaks. Bump it when a request or response changes shape. */
export const PROTOCOL_VERSION = 1;

/** The oldest client protocol the server still accepts; older ones get 426. */
export const MIN_PROTOCOL_VERSION = 1;

/** Header names, lower-case as Node delivers them. */
export const PROTOCOL_HEADER = 'x-heard-protocol';
export const DEVICE_HEADER = 'x-heard-device';
