// Why a call is proposed for review, and the moment that shows it.

export const FLAG_KINDS = [
  'hold_without_permission',
  'checkin_missed',
  'checkin_late',
  'closing_override',
  'abusive_caller',
  'escalation',
  'transfer',
  'repeat_call',
  'broken_promise',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export type ReviewFlag = {
  kind: FlagKind;
  /** The time of the event that shows it: where the replay's "next flag" key goes. */
  at: number;
  eventId: string | null;
  /** One line for the queue and the timeline: what happened, when, and why it matters. */
  reason: string;
  /** The other call a cross-call flag is about (the earlier call of a repeat). */
  relatedCallId: string | null;
};

export function byTime(a: ReviewFlag, b: ReviewFlag): number {
  return a.at - b.at || FLAG_KINDS.indexOf(a.kind) - FLAG_KINDS.indexOf(b.kind);
}
