import type { CallView } from '../../../../core/api/schemas/call.js';
import type { ClosingItemId } from '../../../../core/call/closing.js';
import { closingMissing } from '../../../../core/call/closingCheck.js';
import { Disposition, Mood } from '../../../../core/model/enums.js';
import type { RecordInput } from '../recordInput.js';

/** The wrap-up form as typed (drafts are strings; '' is "not picked"). */
export type WrapUpForm = {
  disposition: string;
  category: string;
  rootNote: string;
  moodEnd: string;
  summary: string;
  override: string;
};

export type WrapUpPlan =
  | { ok: true; unresolved: ClosingItemId[]; events: RecordInput[] }
  | { ok: false; unresolved: ClosingItemId[]; problem: string };

/**
 * What ending the call writes, in order, or what is still missing. Pure, so the order is
 * tested: the end mood first (a caller calm at the end needs no "what would make it
 * right?"), then the override (the backend checks it at disposition.set), Diagnose ticked
 * if the method has it, the disposition, and call.ended last.
 */
export function planWrapUp(call: CallView, form: WrapUpForm): WrapUpPlan {
  const s = call.state;
  const mood = Mood.safeParse(form.moodEnd);
  // The backend's list, unless the end mood picked here changes what applies: then the
  // same pure check core gives the backend, on the state as it will be.
  const missing = mood.success && mood.data !== s.mood.end ? closingMissing({ ...s, mood: { ...s.mood, end: mood.data } }) : call.closingMissing;
  const overridden = s.closing.override?.missing ?? [];
  const unresolved = missing.filter((id) => !overridden.includes(id));
  const fail = (problem: string): WrapUpPlan => ({ ok: false, unresolved, problem });

  const disposition = Disposition.safeParse(form.disposition);
  if (!disposition.success) return fail('Pick how the call ended (1 to 4).');
  if (form.category === '') return fail('Pick the root cause: why did this happen?');
  if (!mood.success) return fail('Pick the caller’s mood at the end.');
  if (form.summary.trim() === '') return fail('Write the one-line summary for the next rep.');
  if (unresolved.length > 0 && form.override.trim() === '') {
    return fail('Some closing items are not done: tick them, or give the reason to close without them.');
  }

  const events: RecordInput[] = [];
  if (s.mood.end !== mood.data) events.push({ type: 'mood.set', phase: 'end', mood: mood.data });
  if (unresolved.length > 0) events.push({ type: 'closing.override', missing: unresolved, reason: form.override.trim() });
  const diagnose = s.script.steps.find((st) => st.wrapUp && !st.done);
  if (diagnose) events.push({ type: 'step.checked', stepId: diagnose.id });
  events.push({
    type: 'disposition.set',
    disposition: disposition.data,
    rootCause: { category: form.category, note: form.rootNote.trim() },
    summary: form.summary.trim(),
  });
  events.push({ type: 'call.ended' });
  return { ok: true, unresolved, events };
}
