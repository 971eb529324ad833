import { z } from 'zod';

// Ids are short lowercase words so they read well in a JSON file and in the event log.
const SLUG = /^[a-z][a-z0-9_-]*$/;
const slug = (what: string) =>
  z.string().min(1).max(40).regex(SLUG, `${what} is lowercase letters, digits, "_" or "-", starting with a letter`);

export const ScriptId = slug('A script id');
export type ScriptId = z.infer<typeof ScriptId>;

/**
 * A step id names the act ("apologize"), not its place in one script. Scripts share the
 * vocabulary on purpose: checking "apologize" is a fact about the call, so switching from
 * HEARD to LAST mid-call keeps that step done.
 */
export const StepId = slug('A step id');
export type StepId = z.infer<typeof StepId>;

export const ScriptStep = z.strictObject({
  id: StepId,
  title: z.string().trim().min(1).max(40),
  /** What to do now, readable in a glance with a caller talking. */
  prompt: z.string().trim().min(1).max(300),
  examples: z.array(z.string().trim().min(1).max(200)).min(2, 'Give 2 to 4 example phrases').max(4, 'Give 2 to 4 example phrases'),
  /** The digit that ticks the step (the UI adds its own modifier). */
  key: z.number().int().min(1, 'A key is a digit from 1 to 9').max(9, 'A key is a digit from 1 to 9'),
  /** Done after the caller has gone (HEARD's Diagnose); the panel offers it last. */
  wrapUp: z.boolean().default(false),
});
export type ScriptStep = z.infer<typeof ScriptStep>;

export const ScriptDefinition = z
  .strictObject({
    id: ScriptId,
    name: z.string().trim().min(1).max(60),
    description: z.string().trim().max(300).default(''),
    // Keys are the digits 1-9, so a script has at most nine steps.
    steps: z.array(ScriptStep).min(1, 'A script has at least one step').max(9, 'A script has at most 9 steps (keys 1-9)'),
  })
  .superRefine((script, ctx) => {
    const seenIds = new Map<string, number>();
    const seenKeys = new Map<number, number>();
    script.steps.forEach((step, i) => {
      const idAt = seenIds.get(step.id);
      if (idAt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `Duplicate step id "${step.id}" (also steps.${idAt}.id)` });
      } else seenIds.set(step.id, i);
      const keyAt = seenKeys.get(step.key);
      if (keyAt !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'key'], message: `Duplicate key ${step.key} (also steps.${keyAt}.key)` });
      } else seenKeys.set(step.key, i);
    });
  });
export type ScriptDefinition = z.infer<typeof ScriptDefinition>;
