import type { CalibrationSubmission } from './report.js';

// A calibration session is blind: each supervisor sees only their own answers until every
// invited supervisor has submitted, so nobody anchors on a colleague's score. The server
// filters what it sends with this; the UI uses it to say who is still to submit.

export type CalibrationRoster = {
  /** Who was asked to score the call. */
  invited: readonly string[];
  /** Submitted evaluations so far. */
  submissions: readonly CalibrationSubmission[];
};

export function waitingFor(roster: CalibrationRoster): string[] {
  const done = new Set(roster.submissions.map((s) => s.evaluatorId));
  return roster.invited.filter((id) => !done.has(id));
}

export function calibrationRevealed(roster: CalibrationRoster): boolean {
  return roster.invited.length > 0 && waitingFor(roster).length === 0;
}

/** What this viewer may see: their own submission, and everyone's once all have submitted. */
export function visibleSubmissions(roster: CalibrationRoster, viewerId: string): CalibrationSubmission[] {
  if (calibrationRevealed(roster)) return [...roster.submissions];
  return roster.submissions.filter((s) => s.evaluatorId === viewerId);
}
