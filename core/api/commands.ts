import type { z } from 'zod';
import { namesOf } from './keys.js';
import { callCommands } from './schemas/call.js';
import { caseCommands } from './schemas/cases.js';
import { commitmentCommands } from './schemas/commitments.js';
import { screenPopCommands } from './schemas/screenPop.js';
import { syncCommands } from './schemas/sync.js';

// The contract: every command the renderer may send, with the schema its input must pass
// at the backend boundary and the shape of what comes back. Adding a command is one entry
// in a domain's map under schemas/ and one handler in that domain's service under
// backend/services (docs/ARCHITECTURE.md, "Adding a command"). The names are the map's keys.

export * from './schemas/screenPop.js';
export * from './schemas/call.js';
export * from './schemas/commitments.js';
export * from './schemas/sync.js';
export * from './schemas/cases.js';

export const commands = {
  ...screenPopCommands,
  ...callCommands,
  ...commitmentCommands,
  ...syncCommands,
  ...caseCommands,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;

const commandNames = namesOf(commands);
export const COMMAND_NAMES = commandNames.names;
export const isCommandName = commandNames.is;

export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;
