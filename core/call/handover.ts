import type { Mood } from '../model/enums.js';
import { HANDOVER_LIMITS, type Handover, type HandoverPromise } from './handoverSchema.js';
import type { CallState } from './state.js';

export type HandoverOptions = {
  /** How due times read in the text; the default is UTC ("2026-11-22 15:00 UTC") since core knows no time zone. */
  formatTime?: (ms: number) => string;
};

function utcMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The first non-empty line, whitespace collapsed, cut to `max` characters. */
export function oneLine(text: string, max: number = HANDOVER_LIMITS.line): string {
  const line = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l !== '') ?? '';
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

function moodText(start: Mood | null, end: Mood | null, warnings: number): string {
  let text: string;
  if (start !== null && end !== null && start !== end) text = `${start} at the start, ${end} now`;
  else text = end ?? start ?? 'not recorded';
  if (warnings > 0) text += `; warned ${warnings === 1 ? 'once' : `${warnings} times`} about abusive language`;
  return text;
}

/**
 * The story so far for the next rep (a transfer or an escalation), so the caller does not
 * repeat it: who, the problem in one line, what was tried, how they feel, what was promised.
 *
 * Notes are the source: reps note the problem first while the caller talks (Hear/Listen), so
 * the first note is the problem and later notes are what was tried. A disposition summary,
 * when the rep already wrote one, is a better problem line than any note.
 */
export function handoverSummary(state: CallState, customerName: string, caseNumber: string | null, options: HandoverOptions = {}): Handover {
  const formatTime = options.formatTime ?? utcMinute;
  const phone = state.start?.phone ?? '';
  const who = oneLine(phone === '' ? customerName : `${customerName} (${phone})`, HANDOVER_LIMITS.line * 2);

  const summary = state.disposition?.summary.trim() ?? '';
  const [firstNote, ...laterNotes] = state.notes;
  const problemSource = summary !== '' ? summary : (firstNote?.body ?? state.escalations.at(-1)?.reason ?? '');
  const problem = problemSource === '' ? 'Not noted yet' : oneLine(problemSource);
  const triedNotes = summary !== '' ? state.notes : laterNotes;
  const tried = triedNotes.slice(-HANDOVER_LIMITS.items).map((n) => oneLine(n.body));

  const stepsDone = state.script.steps.filter((s) => s.done).map((s) => s.title);
  const promises: HandoverPromise[] = [...state.commitments]
    .sort((a, b) => a.dueAt - b.dueAt)
    .slice(0, HANDOVER_LIMITS.promises)
    .map((c) => ({ description: oneLine(c.description), owner: c.owner, dueAt: c.dueAt }));
  const mood = { start: state.mood.start, end: state.mood.end, abuseWarnings: state.abuseWarnings.length };

  const lines = [
    `Caller: ${who}${caseNumber === null ? ', no case yet' : `, case ${caseNumber}`}`,
    `Problem: ${problem}`,
    tried.length > 0 ? `Tried: ${tried.join('; ')}` : null,
    stepsDone.length > 0 ? `Already done: ${stepsDone.join(', ')}` : null,
    `Mood: ${moodText(mood.start, mood.end, mood.abuseWarnings)}`,
    promises.length > 0 ? `Promised: ${promises.map((p) => `${p.description} (${p.owner}, by ${formatTime(p.dueAt)})`).join('; ')}` : 'Promised: nothing yet',
  ].filter((l): l is string => l !== null);
  const text = lines.join('\n');

  return {
    text: text.length <= HANDOVER_LIMITS.text ? text : `${text.slice(0, HANDOVER_LIMITS.text - 1)}…`,
    who,
    caseNumber,
    problem,
    tried,
    stepsDone,
    mood,
    promises,
  };
}
