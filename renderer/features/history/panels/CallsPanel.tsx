import type { CallSummary } from '../../../../core/model/call.js';
import type { Mood } from '../../../../core/model/enums.js';
import { formatCallLength, formatDateTime } from '../../../shared/formatDate.js';
import { formatAgo } from '../../../shared/relativeTime.js';
import { DIRECTION_LABEL, DISPOSITION_LABEL, MOOD_LABEL } from '../../../shared/labels.js';

/** The last calls, newest first: who took them, how the caller felt, how it ended, what was written. */
export function CallsPanel({ calls, now }: { calls: CallSummary[]; now: number }) {
  return (
    <section className="panel" data-testid="calls" aria-labelledby="calls-title">
      <h3 id="calls-title" className="panel-title">
        Last calls <span className="panel-count">{calls.length}</span>
      </h3>
      {calls.length === 0 ? (
        <p className="empty">No earlier calls: this is the first time they ring.</p>
      ) : (
        <ol className="calls">
          {calls.map((call) => (
            <CallItem key={call.id} call={call} now={now} />
          ))}
        </ol>
      )}
    </section>
  );
}

function CallItem({ call, now }: { call: CallSummary; now: number }) {
  const length = formatCallLength(call.startedAt, call.endedAt);
  return (
    <li className="call" data-testid="call">
      <div className="call-head">
        <span className="call-when" data-testid="call-when">
          {formatDateTime(call.startedAt, now)}
        </span>
        <span className="muted">{formatAgo(call.startedAt, now)}</span>
        {length && <span className="muted">· {length}</span>}
        <span className="muted">· {DIRECTION_LABEL[call.direction]}</span>
        <span className="call-head-end">
          {call.disposition && (
            <span className={`badge disp-${call.disposition}`} data-testid="call-disposition">
              {DISPOSITION_LABEL[call.disposition]}
            </span>
          )}
        </span>
      </div>
      <div className="call-facts">
        <span>
          <span className="label">Rep</span> <span data-testid="call-rep">{call.repName}</span>
        </span>
        <span data-testid="call-mood">
          <span className="label">Mood</span> <MoodChip mood={call.moodStart} /> <span aria-label="to">→</span>{' '}
          <MoodChip mood={call.moodEnd} />
        </span>
        {call.caseNumber && (
          <span>
            <span className="label">Case</span> <span className="mono">{call.caseNumber}</span>
          </span>
        )}
      </div>
      {call.summary && (
        <p className="call-summary" data-testid="call-summary">
          {call.summary}
        </p>
      )}
      {call.notes.length > 0 && (
        <ul className="notes">
          {call.notes.map((note) => (
            <li key={note.id} className="note" data-testid="call-note">
              <p className="note-body">{note.body}</p>
              <p className="note-meta">
                {note.author} · {formatDateTime(note.createdAt, now)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function MoodChip({ mood }: { mood: Mood | null }) {
  if (!mood) return <span className="chip mood-unknown">not set</span>;
  return <span className={`chip mood-${mood}`}>{MOOD_LABEL[mood]}</span>;
}
