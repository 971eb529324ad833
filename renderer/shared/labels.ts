import type { CallDirection, CaseStatus, Disposition, Mood } from '../../core/model/enums.js';

// Words and colour classes for the enums, in one place so every panel says the same thing.
// Colour always comes with a word: a rep who cannot tell red from green still reads it.

export const MOOD_LABEL: Record<Mood, string> = { calm: 'Calm', upset: 'Upset', angry: 'Angry', abusive: 'Abusive' };

export const DISPOSITION_LABEL: Record<Disposition, string> = {
  resolved: 'Resolved',
  pending: 'Pending',
  escalated: 'Escalated',
  transferred: 'Transferred',
};

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = {
  open: 'Open',
  pending: 'Pending',
  escalated: 'Escalated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const DIRECTION_LABEL: Record<CallDirection, string> = { inbound: 'Inbound', outbound: 'Outbound' };
