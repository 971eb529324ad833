import { wrapUpMissing } from '../../call/wrapUp.js';
import { answered, type AutoAnswer, type Evidence } from '../answer.js';
import { eventAt, eventsOf, evidence, type CheckContext } from './context.js';

// Notes and wrap-up (DOMAIN.md, "Closing" and HEARD's Diagnose), and the abusive-caller rule.

export function notesTakenCheck(ctx: CheckContext): AutoAnswer {
  const notes = ctx.state.notes;
  if (notes.length === 0) return answered('no', 'No note was taken on this call', []);
  const list = notes.flatMap((n) => evidence(ctx, eventAt(ctx, 'note.added', n.at, (e) => e.noteId === n.id), `Note: ${n.body.length > 80 ? `${n.body.slice(0, 79)}…` : n.body}`));
  return answered('yes', notes.length === 1 ? '1 note taken' : `${notes.length} notes taken`, list);
}

/** Disposition and root cause recorded (wrapUpMissing, the same rule the wrap-up panel applies). */
export function wrapUpRootCauseCheck(ctx: CheckContext): AutoAnswer {
  const missing = wrapUpMissing(ctx.state);
  const d = ctx.state.disposition;
  const dispositionEvidence = d === null ? [] : evidence(ctx, eventAt(ctx, 'disposition.set', d.at), d.rootCause === null ? `Disposition ${d.disposition}, no root cause` : `Disposition ${d.disposition}, root cause ${d.rootCause.category}`);
  const diagnose = ctx.state.checked.find((c) => c.stepId === 'diagnose');
  const diagnoseEvidence = diagnose === undefined ? [] : evidence(ctx, eventAt(ctx, 'step.checked', diagnose.at, (e) => e.stepId === 'diagnose'), 'Diagnose ticked');
  if (missing.includes('disposition')) return answered('no', 'No disposition was recorded', diagnoseEvidence);
  if (missing.includes('root_cause')) return answered('no', 'Disposition recorded without a root cause', [...dispositionEvidence, ...diagnoseEvidence]);
  const moodNote = missing.includes('mood_end') ? ' (end mood not set)' : '';
  return answered('yes', `Disposition and root cause recorded${moodNote}`, [...dispositionEvidence, ...diagnoseEvidence]);
}

/**
 * DOMAIN.md: with an abusive caller, stay calm, offer a supervisor, and warn once that the
 * call will end. Applies when the rep recorded the caller as abusive or gave a warning.
 */
export function abuseProcedureCheck(ctx: CheckContext): AutoAnswer {
  const { state } = ctx;
  const moodEvents = (['start', 'end'] as const)
    .filter((phase) => state.mood[phase] === 'abusive')
    .map((phase) => eventsOf(ctx, 'mood.set').filter((e) => e.phase === phase).at(-1) ?? null);
  const warned = eventsOf(ctx, 'abuse.warned');
  const offers = eventsOf(ctx, 'supervisor.offered');
  if (moodEvents.length === 0 && warned.length === 0) return answered('na', 'The caller was not recorded as abusive', []);
  const list: Evidence[] = [
    ...moodEvents.flatMap((e) => evidence(ctx, e, 'Caller recorded as abusive')),
    ...warned.flatMap((e) => evidence(ctx, e, 'Warned the caller the call will end')),
    ...offers.flatMap((e) => evidence(ctx, e, 'Offered a supervisor')),
  ].sort((a, b) => a.at - b.at);
  const lacking = [warned.length === 0 ? 'no warning' : null, offers.length === 0 ? 'no supervisor offered' : null].filter((x): x is string => x !== null);
  if (lacking.length > 0) return answered('no', `Abusive caller: ${lacking.join(', ')}`, list);
  return answered('yes', 'Warned the caller and offered a supervisor', list);
}
