import type { z } from 'zod';
import { callCommands } from './schemas/call.js';
import { caseCommands } from './schemas/cases.js';
import { commitmentCommands } from './schemas/commitments.js';
import { screenPopCommands } from './schemas/screenPop.js';
import { syncCommands } from './schemas/sync.js';
import type { CommandName } from './names.js';

// The contract: every command the renderer may send, with the schema its input must pass
// at the backend boundary and the shape of what comes back. Adding a command is one entry
// in a domain's map under schemas/, its name in names.ts, and one handler in
// backend/services.

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
} as const satisfies Record<CommandName, { input: z.ZodType; output: z.ZodType }>;

export type Commands = typeof commands;
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandOutput<K extends CommandName> = z.output<Commands[K]['output']>;
