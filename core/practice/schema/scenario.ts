import { z } from 'zod';
import { PracticeCustomer } from './customer.js';
import { EffectKey, EffectOverride } from './effects.js';
import { ScenarioLines } from './lines.js';
import { Persona } from './persona.js';

// A practice scenario as a JSON file (issue 11, "Scenarios as data"), validated like a custom
// script: every error names the file and the field. The caller's words are data; how the
// caller reacts is the engine's (engine.ts), tuned per scenario by `caller` and `effects`.

const SLUG = /^[a-z][a-z0-9_-]*$/;
const slug = (what: string) => z.string().min(1).max(60).regex(SLUG, `${what} is lowercase letters, digits, "_" or "-", starting with a letter`);
const text = (max: number) => z.string().trim().min(1).max(max);

export const ENDINGS = ['resolved_calm', 'escalation_demanded', 'hung_up'] as const;
export const Ending = z.enum(ENDINGS);
export type Ending = z.infer<typeof Ending>;

export const ScenarioFact = z.strictObject({
  id: slug('A fact id'),
  /** What the trainee should find out, as the debrief lists it: "When the order was placed". */
  label: text(120),
  /**
   * Ways the trainee might ask, as key words: a question finds this fact when it contains every
   * word of one of these (after stemming, so "ordered" matches "order"). "when order" matches
   * "When did you place the order?".
   */
  ask: z.array(text(80)).min(1, 'Give at least one way to ask for this fact'),
  /** The caller's answer, in their own words. */
  answer: text(600),
  /** Needed before a fix is credible; the debrief flags a required fact never found. */
  required: z.boolean().default(true),
  /** The caller tells this fact unprompted in that part of the story (0 = the opening line); asking again annoys them. */
  toldInStory: z.number().int().min(0).nullable().default(null),
});
export type ScenarioFact = z.infer<typeof ScenarioFact>;

export const CallerSettings = z.strictObject({
  /** Mood at the start: 0 calm .. 100 irate. Defaults come from the personas. */
  startMood: z.number().int().min(0).max(100).optional(),
  /** Turns of patience: every trainee turn spends at least one; at 0 the caller hangs up. */
  patience: z.number().int().min(3, 'Patience is 3 to 200 turns').max(200, 'Patience is 3 to 200 turns').optional(),
  /** The caller demands a supervisor at this mood (if the scenario has that ending). */
  escalateAt: z.number().int().min(40).max(100).optional(),
  /** A fix is accepted once mood is at or below this. */
  calmAt: z.number().int().min(5).max(80).optional(),
  /** Dead air longer than this, with the caller waiting, is a long silence. */
  silenceSec: z.number().min(3).max(120).optional(),
  /** Chance (0..1) per caller turn that a talkative or lonely caller drifts off-topic. */
  offTopicChance: z.number().min(0).max(0.9).optional(),
  /** The caller refuses a hold at this mood or above. */
  refuseHoldAt: z.number().int().min(0).max(101).optional(),
});
export type CallerSettings = z.infer<typeof CallerSettings>;

export const Resolution = z.strictObject({
  /** Words an acceptable offer contains (any one of them, stemmed): "refund", "engineer". Empty: any concrete promise will do. */
  offers: z.array(text(60)).default([]),
  /** The promise must name a time ("by Friday", "within 48 hours"). */
  needsDate: z.boolean().default(true),
  /** Acceptable offers needed before the caller agrees; an indecisive caller wavers at the first. */
  confirmations: z.number().int().min(1).max(3).optional(),
  /** The fix that works, for the debrief: "Book an engineer within 48 hours and credit the month". */
  summary: text(300),
});
export type Resolution = z.infer<typeof Resolution>;

export const ScenarioEndings = z.strictObject({
  resolved_calm: text(600),
  /** Optional: a caller who would never ask for a manager (a lonely caller) has no such ending. */
  escalation_demanded: text(600).optional(),
  hung_up: text(600),
});

export const ScenarioDefinition = z
  .strictObject({
    id: slug('A scenario id'),
    title: text(80),
    /** One line for the scenario picker. */
    premise: text(300),
    personas: z.array(Persona).min(1, 'Give at least one persona').max(4, 'At most 4 personas'),
    difficulty: z.number().int().min(1).max(3).default(2),
    /** The (fictional) company the trainee answers for, for the greeting. */
    company: text(80),
    customer: PracticeCustomer,
    caller: CallerSettings.default({}),
    /** The caller's first words after the trainee's greeting. */
    opening: text(800),
    /** The rest of the story, told while the trainee lets them talk. */
    story: z.array(text(800)).max(12).default([]),
    problem: z.strictObject({
      /** The real problem, for the debrief. */
      summary: text(500),
      /** Words a restatement of the problem should contain (any one, stemmed). */
      keywords: z.array(text(40)).min(1, 'Give at least one keyword a restatement should mention'),
    }),
    facts: z.array(ScenarioFact).min(1, 'Give at least one fact to ask for').max(12),
    resolution: Resolution,
    lines: ScenarioLines.default({}),
    effects: z.partialRecord(EffectKey, EffectOverride).default({}),
    endings: ScenarioEndings,
    /** Notes for the trainer: what the scenario teaches. */
    teaches: z.array(text(200)).default([]),
  })
  .superRefine((s, ctx) => {
    const seen = new Map<string, number>();
    s.facts.forEach((fact, i) => {
      const at = seen.get(fact.id);
      if (at !== undefined) ctx.addIssue({ code: 'custom', path: ['facts', i, 'id'], message: `Duplicate fact id "${fact.id}" (also facts.${at}.id)` });
      else seen.set(fact.id, i);
      // Part 0 is the opening line; parts 1.. are the story.
      if (fact.toldInStory !== null && fact.toldInStory > s.story.length) {
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'toldInStory'], message: `The story has parts 0 (the opening) to ${s.story.length}` });
      }
    });
    if (!s.facts.some((f) => f.required && f.toldInStory === null)) {
      ctx.addIssue({ code: 'custom', path: ['facts'], message: 'At least one required fact must be asked for (not told in the story)' });
    }
    const personas = new Set<string>();
    s.personas.forEach((p, i) => {
      if (personas.has(p)) ctx.addIssue({ code: 'custom', path: ['personas', i], message: `Duplicate persona "${p}"` });
      personas.add(p);
    });
    const cases = new Set(s.customer.cases.map((c) => c.ref));
    const checkRef = (ref: string | null, path: (string | number)[]) => {
      if (ref !== null && !cases.has(ref)) ctx.addIssue({ code: 'custom', path, message: `No case with ref "${ref}" in customer.cases` });
    };
    s.customer.calls.forEach((c, i) => checkRef(c.case, ['customer', 'calls', i, 'case']));
    s.customer.commitments.forEach((c, i) => checkRef(c.case, ['customer', 'commitments', i, 'case']));
    for (const [key, banded] of Object.entries(s.lines)) {
      for (const [band, list] of Object.entries(banded ?? {})) {
        (list ?? []).forEach((line, i) => {
          if (typeof line === 'string') return;
          for (const field of ['ifFound', 'unlessFound'] as const) {
            line[field]?.forEach((id, j) => {
              if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['lines', key, band, i, field, j], message: `No fact with id "${id}"` });
            });
          }
        });
      }
    }
  });
export type ScenarioDefinition = z.infer<typeof ScenarioDefinition>;
