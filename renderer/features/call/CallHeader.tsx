import type { CallView } from '../../../core/api/schemas/call.js';
import type { Mood } from '../../../core/model/enums.js';
import { useAppStore } from '../../app/StoreContext.js';
import { formatClock } from '../../shared/duration.js';
import { MOOD_LABEL } from '../../shared/labels.js';
import { CaseNumber } from './CaseNumber.js';
import { PHASE_LABEL } from './choices.js';
import { selectCallNumber } from './selectors.js';
import { useCallNow } from './useCallNow.js';

/** Who is on the line, the case number to give them, how long, and how they feel. */
export function CallHeader({ call }: { call: CallView }) {
  const now = useCallNow(1000);
  const number = useAppStore(selectCallNumber);
  const state = call.state;
  const startedAt = state.start?.at ?? call.now;
  const phone = number?.display ?? state.start?.phone ?? '';
  return (
    <header className="callhead" data-testid="call-header" data-phase={state.phase}>
      <div className="callhead-who">
        <span className={`phase-badge phase-${state.phase}`} data-testid="call-phase">
          {PHASE_LABEL[state.phase]}
        </span>
        <h2 className="callhead-name" id="call-customer-name" data-testid="call-customer-name">
          {call.customer.name}
        </h2>
        <span className="callhead-meta">
          {phone && <span className="mono">{phone}</span>}
          <span>
            On the call <strong className="mono" data-testid="call-duration">{formatClock(now - startedAt)}</strong>
          </span>
          <span className="muted">Rep {state.start?.repName ?? ''}</span>
        </span>
      </div>
      <CaseNumber call={call} />
      <div className="callhead-mood" data-testid="call-mood-now">
        <span className="field-label">
          Mood <kbd>Alt+O</kbd>
        </span>
        <span className="callhead-moods">
          <MoodChip mood={state.mood.start} what="start" />
          <span aria-label="to">→</span>
          <MoodChip mood={state.mood.end} what="end" />
        </span>
        {state.abuseWarnings.length > 0 && <span className="badge badge-abuse">Warned ×{state.abuseWarnings.length}</span>}
      </div>
    </header>
  );
}

function MoodChip({ mood, what }: { mood: Mood | null; what: 'start' | 'end' }) {
  if (!mood) {
    return (
      <span className="chip mood-unknown" data-testid={`mood-${what}`}>
        {what === 'start' ? 'start: not set' : 'end: not set'}
      </span>
    );
  }
  return (
    <span className={`chip mood-${mood}`} data-testid={`mood-${what}`} data-mood={mood}>
      {MOOD_LABEL[mood]}
    </span>
  );
}
