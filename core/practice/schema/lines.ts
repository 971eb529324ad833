import { z } from 'zod';

// What the caller says, per situation and per mood band. A line may depend on what the
// trainee has found out ("ifFound": shown only once those facts are known), which is how the
// caller's lines branch by mood and by what the trainee knows (issue 11).

export const MOOD_BANDS = ['calm', 'upset', 'angry', 'irate'] as const;
export type MoodBand = (typeof MOOD_BANDS)[number];

/** 0-29 calm, 30-54 upset, 55-79 angry, 80-100 irate. */
export function moodBand(mood: number): MoodBand {
  if (mood < 30) return 'calm';
  if (mood < 55) return 'upset';
  if (mood < 80) return 'angry';
  return 'irate';
}

export const LINE_KEYS = [
  'no_greeting',
  'interrupted',
  'nudge',
  'unknown_question',
  'repeat_question',
  'empathy',
  'apology',
  'restatement',
  'blame',
  'negative',
  'jargon',
  'premature_fix',
  'wrong_offer',
  'undated_promise',
  'waver',
  'not_convinced',
  'hold_granted',
  'hold_refused',
  'hold_resumed',
  'hold_no_permission',
  'checkin',
  'checkin_missed',
  'silence',
  'offtopic',
  'back_on_track',
  'supervisor_declined',
  'abuse_warned',
  'thanks',
] as const;
export const LineKey = z.enum(LINE_KEYS);
export type LineKey = z.infer<typeof LineKey>;

const lineText = z.string().trim().min(1).max(600);
const factRef = z.string().min(1).max(40);

export const Line = z.union([
  lineText,
  z.strictObject({
    text: lineText,
    /** Said only once the trainee knows all of these facts. */
    ifFound: z.array(factRef).min(1).optional(),
    /** Said only while the trainee does not know any of these facts. */
    unlessFound: z.array(factRef).min(1).optional(),
  }),
]);
export type Line = z.infer<typeof Line>;

export const BandedLines = z
  .strictObject({
    calm: z.array(Line).min(1).optional(),
    upset: z.array(Line).min(1).optional(),
    angry: z.array(Line).min(1).optional(),
    irate: z.array(Line).min(1).optional(),
  })
  .refine((b) => MOOD_BANDS.some((band) => b[band] !== undefined), 'Give lines for at least one mood band (calm, upset, angry, irate)');
export type BandedLines = z.infer<typeof BandedLines>;

export const ScenarioLines = z.partialRecord(LineKey, BandedLines);
export type ScenarioLines = z.infer<typeof ScenarioLines>;
