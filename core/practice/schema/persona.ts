import { z } from 'zod';

// The difficult caller types trainees practise on (DOMAIN.md, "Difficult caller types").
// A scenario's caller is one or a combination of these.
export const PERSONAS = [
  'angry',
  'impatient',
  'intimidating',
  'talkative_offtopic',
  'demanding',
  'indecisive',
  'promised_fix_never_came',
  'simply_wrong',
  'lonely',
] as const;
export const Persona = z.enum(PERSONAS);
export type Persona = z.infer<typeof Persona>;

export const PERSONA_LABELS: Record<Persona, string> = {
  angry: 'Angry',
  impatient: 'Impatient',
  intimidating: 'Intimidating',
  talkative_offtopic: 'Talkative, off-topic',
  demanding: 'Demanding',
  indecisive: 'Indecisive',
  promised_fix_never_came: 'Promised a fix that never came',
  simply_wrong: 'Simply wrong (never make it apparent)',
  lonely: 'Lonely',
};
