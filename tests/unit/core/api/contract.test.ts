import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, EVENT_NAMES, commands, events, isCommandName } from '../../../../core/api/index.js';

describe('the contract', () => {
  it('has exactly one schema entry per listed command and event', () => {
    expect(Object.keys(commands).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('names every command domain.verb', () => {
    for (const name of COMMAND_NAMES) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('recognises only known names', () => {
    expect(isCommandName('screenPop.lookup')).toBe(true);
    expect(isCommandName('toString')).toBe(false);
    expect(isCommandName('__proto__')).toBe(false);
    expect(isCommandName(42)).toBe(false);
  });
});
