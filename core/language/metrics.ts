import { ACTS, type Act } from './acts.js';

// Precision and recall per act over a labelled set. Pure, so the unit test (with floors) and
// the bench (with figures) compute the same numbers.

export type LabelledUtterance = { text: string; acts: readonly Act[] };

export type ActScore = { tp: number; fp: number; fn: number; precision: number; recall: number; support: number };

export type Evaluation = {
  perAct: Record<Act, ActScore>;
  /** Utterances where prediction and label differ, for reading what went wrong. */
  errors: { text: string; expected: readonly Act[]; got: readonly Act[] }[];
  exactMatch: number;
};

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

export function evaluate(set: readonly LabelledUtterance[], predict: (text: string) => readonly Act[]): Evaluation {
  const counts = Object.fromEntries(ACTS.map((a) => [a, { tp: 0, fp: 0, fn: 0 }])) as Record<Act, { tp: number; fp: number; fn: number }>;
  const errors: Evaluation['errors'] = [];
  let exact = 0;
  for (const item of set) {
    const got = predict(item.text);
    const expected = new Set(item.acts);
    const predicted = new Set(got);
    for (const act of ACTS) {
      const e = expected.has(act);
      const p = predicted.has(act);
      if (e && p) counts[act].tp++;
      else if (p) counts[act].fp++;
      else if (e) counts[act].fn++;
    }
    const same = expected.size === predicted.size && [...expected].every((a) => predicted.has(a));
    if (same) exact++;
    else errors.push({ text: item.text, expected: item.acts, got });
  }
  const perAct = Object.fromEntries(
    ACTS.map((a) => {
      const { tp, fp, fn } = counts[a];
      return [a, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), support: tp + fn }];
    }),
  ) as Record<Act, ActScore>;
  return { perAct, errors, exactMatch: ratio(exact, set.length) };
}
