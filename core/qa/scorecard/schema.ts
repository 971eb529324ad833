import { z } from 'zod';
import { AUTO_CHECK_IDS, AUTO_CHECK_SHAPES } from '../checks/ids.js';

// A scorecard is data (a JSON file an admin edits): sections of weighted criteria. Every
// rule a scorer relies on is checked here, so a bad scorecard is refused when it is saved,
// with the field named, instead of producing a strange score later.

const SLUG = /^[a-z][a-z0-9_-]*$/;
const slug = (what: string) =>
  z.string().min(1).max(60).regex(SLUG, `${what} is lowercase letters, digits, "_" or "-", starting with a letter`);

/** "Required" when the field is missing (an enum reports that as a bad option otherwise), else the allowed values. */
const oneOf = (what: string, allowed: readonly string[]) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'Required' : `Unknown ${what} ${JSON.stringify(issue.input)}: use ${allowed.join(', ')}`;

export const SCALES = ['yes_no', '1_to_5'] as const;
export const Scale = z.enum(SCALES, { error: oneOf('scale', SCALES) });
export type Scale = z.infer<typeof Scale>;

/**
 * Critical criteria (the hierarchy in README.md): answered "no", a fail_section criterion
 * zeroes its section and a fail_all criterion zeroes the whole evaluation.
 */
export const CRITICAL_KINDS = ['none', 'fail_section', 'fail_all'] as const;
export const Critical = z.enum(CRITICAL_KINDS, { error: oneOf('critical kind', CRITICAL_KINDS) });
export type Critical = z.infer<typeof Critical>;

export const ScorecardId = slug('A scorecard id');
export const CriterionId = slug('A criterion id');

export const Criterion = z.strictObject({
  id: CriterionId,
  label: z.string().trim().min(1).max(120),
  /** What the supervisor listens for; shown beside the answer. */
  description: z.string().trim().max(500).default(''),
  /** Share of the score, in points; all criteria of a scorecard sum to 100. */
  weight: z.number().positive('A weight is more than 0').max(100, 'A weight is at most 100'),
  scale: Scale,
  naAllowed: z.boolean().default(false),
  critical: Critical.default('none'),
  /** The automatic check that prefills the answer from the event log, or null for none. */
  auto: z.enum(AUTO_CHECK_IDS, { error: oneOf('automatic check', AUTO_CHECK_IDS) }).nullable().default(null),
});
export type Criterion = z.infer<typeof Criterion>;

export const Section = z.strictObject({
  id: slug('A section id'),
  title: z.string().trim().min(1).max(80),
  criteria: z.array(Criterion).min(1, 'A section has at least one criterion'),
});
export type Section = z.infer<typeof Section>;

/** Weights are decimals a person types; sums within this of 100 count as 100. */
const WEIGHT_TOLERANCE = 1e-6;

const round = (x: number) => Math.round(x * 1000) / 1000;

export const Scorecard = z
  .strictObject({
    id: ScorecardId,
    /** Editing a scorecard makes a new version (version.ts); evaluations keep theirs. */
    version: z.number().int().min(1, 'A version is a whole number from 1'),
    name: z.string().trim().min(1).max(80),
    description: z.string().trim().max(500).default(''),
    sections: z.array(Section).min(1, 'A scorecard has at least one section'),
  })
  .superRefine((card, ctx) => {
    const sectionAt = new Map<string, number>();
    const criterionAt = new Map<string, string>();
    let total = 0;
    card.sections.forEach((section, i) => {
      const seen = sectionAt.get(section.id);
      if (seen !== undefined) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `Duplicate section id "${section.id}" (also sections.${seen}.id)` });
      else sectionAt.set(section.id, i);
      section.criteria.forEach((c, j) => {
        const path = ['sections', i, 'criteria', j];
        total += c.weight;
        // Answers are keyed by criterion id, so ids are unique across the whole scorecard.
        const other = criterionAt.get(c.id);
        if (other !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `Duplicate criterion id "${c.id}" (also ${other}.id)` });
        else criterionAt.set(c.id, `sections.${i}.criteria.${j}`);
        // "Failed" is an answer of no; a 1-5 rating has no failing value everyone agrees on.
        if (c.critical !== 'none' && c.scale !== 'yes_no') {
          ctx.addIssue({ code: 'custom', path: [...path, 'critical'], message: `A ${c.critical} criterion is answered yes or no; its scale is ${c.scale}` });
        }
        if (c.auto !== null) {
          const shape = AUTO_CHECK_SHAPES[c.auto];
          if (shape.scale === 'yes_no' && c.scale !== 'yes_no') {
            ctx.addIssue({ code: 'custom', path: [...path, 'auto'], message: `The automatic check "${c.auto}" answers yes or no; this criterion's scale is ${c.scale}` });
          }
          if (shape.mayBeNa && !c.naAllowed) {
            ctx.addIssue({ code: 'custom', path: [...path, 'naAllowed'], message: `The automatic check "${c.auto}" can answer N/A (${shape.label}); allow N/A on this criterion` });
          }
        }
      });
    });
    // With no section at all, "at least one section" is the whole story.
    if (card.sections.length > 0 && Math.abs(total - 100) > WEIGHT_TOLERANCE) {
      const bySection = card.sections.map((s) => `${s.id} ${round(s.criteria.reduce((sum, c) => sum + c.weight, 0))}`).join(', ');
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `Criterion weights sum to ${round(total)}, not 100 (${bySection})` });
    }
  });
export type Scorecard = z.infer<typeof Scorecard>;

/** Which scorecard an evaluation was made with: the id and the exact version. */
export const ScorecardRef = z.object({ id: ScorecardId, version: z.number().int().min(1) });
export type ScorecardRef = z.infer<typeof ScorecardRef>;
