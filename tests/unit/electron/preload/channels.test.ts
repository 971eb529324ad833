import { describe, expect, it } from 'vitest';
import { CHANNELS as MAIN } from '../../../../electron/main/channels.js';
import { CHANNELS as PRELOAD } from '../../../../electron/preload/channels.js';

describe('IPC channel names', () => {
  it('are the same on both sides (the preload keeps its own copy)', () => {
    expect(PRELOAD).toEqual(MAIN);
  });
});
