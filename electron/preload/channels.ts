// IPC channel names: the preload's copy of electron/main/channels.ts (a sandboxed preload
// bundles only what it imports, and may import nothing from main). A unit test keeps the
// two equal.
export const CHANNELS = {
  call: 'heard:call',
  event: 'heard:event',
  subscribe: 'heard:subscribe',
} as const;
