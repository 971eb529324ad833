import type { Disposition, Mood } from '../../../core/model/enums.js';
import { DISPOSITION_LABEL, MOOD_LABEL } from '../../shared/labels.js';

// The keyed choices of the live call, in one place so the dialogs, the help and the tests
// agree: digits in the order of escalation (calm first), the same in every dialog.

export const MOOD_CHOICES: readonly { id: Mood; key: string; label: string }[] = [
  { id: 'calm', key: '1', label: MOOD_LABEL.calm },
  { id: 'upset', key: '2', label: MOOD_LABEL.upset },
  { id: 'angry', key: '3', label: MOOD_LABEL.angry },
  { id: 'abusive', key: '4', label: MOOD_LABEL.abusive },
];

export const DISPOSITION_CHOICES: readonly { id: Disposition; key: string; label: string; hint: string }[] = [
  { id: 'resolved', key: '1', label: DISPOSITION_LABEL.resolved, hint: 'fixed on this call' },
  { id: 'pending', key: '2', label: DISPOSITION_LABEL.pending, hint: 'waiting on us or them' },
  { id: 'escalated', key: '3', label: DISPOSITION_LABEL.escalated, hint: 'handed up' },
  { id: 'transferred', key: '4', label: DISPOSITION_LABEL.transferred, hint: 'caller went to someone else' },
];

export const PHASE_LABEL = {
  greeting: 'Greeting',
  in_progress: 'In progress',
  on_hold: 'On hold',
  wrap_up: 'Wrap-up',
  ended: 'Ended',
} as const;

/** What the rep says to an abusive caller (DOMAIN.md: stay calm, offer a supervisor, warn once). */
export const ABUSE_LINES = {
  supervisor: 'I want to get this sorted for you. Would you like me to bring in my supervisor?',
  warning: 'I want to help you, but if the language continues I will have to end this call.',
  after: 'You warned the caller once. If it goes on, you may end the call politely: wrap up with Alt+W.',
} as const;
