// IPC channel names. The preload keeps its own copy (it may import nothing from main);
// tests/unit/electron/preload/channels.test.ts keeps the two equal.
export const CHANNELS = {
  /** renderer -> main, invoke: (name, input) -> Result */
  call: 'heard:call',
  /** main -> renderer: { event, payload } */
  event: 'heard:event',
  /** renderer -> main, send: an event name the page now listens to (flushes buffered events) */
  subscribe: 'heard:subscribe',
} as const;
