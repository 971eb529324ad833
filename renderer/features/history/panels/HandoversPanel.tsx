import type { HandoverView } from '../../../../core/model/handover.js';
import { formatDateTime } from '../../../shared/formatDate.js';
import { formatAgo } from '../../../shared/relativeTime.js';

const KIND_LABEL = { transfer: 'Transferred', escalation: 'Escalated' } as const;

/**
 * The story handed over on this customer's last transfers and escalations, first on the
 * screen: whoever takes the caller next reads it before saying hello, so the caller never
 * tells it again (DOMAIN.md, the first failure). The newest is open; older ones one click
 * or Enter away.
 */
export function HandoversPanel({ handovers, now }: { handovers: readonly HandoverView[]; now: number }) {
  if (handovers.length === 0) return null;
  const [latest, ...older] = handovers;
  if (!latest) return null;
  return (
    <section className="handovers" data-testid="handovers" aria-labelledby="handovers-title">
      <h3 id="handovers-title" className="handovers-title">
        Handed over: read this before you answer
      </h3>
      <Handover h={latest} now={now} open />
      {older.map((h) => (
        <Handover key={h.id} h={h} now={now} open={false} />
      ))}
    </section>
  );
}

function Handover({ h, now, open }: { h: HandoverView; now: number; open: boolean }) {
  const head = (
    <>
      <span className={`badge ${h.kind === 'transfer' ? 'disp-transferred' : 'disp-escalated'}`}>{KIND_LABEL[h.kind]}</span>{' '}
      <strong>
        {h.from} → {h.to}
      </strong>{' '}
      <span className="muted">
        {formatAgo(h.at, now)} · {formatDateTime(h.at, now)}
        {h.caseNumber ? ` · case ${h.caseNumber}` : ''}
      </span>
      {h.reason && <span className="handover-reason"> · {h.reason}</span>}
    </>
  );
  if (open) {
    return (
      <div className="handover-entry" data-testid="handover">
        <p className="handover-head">{head}</p>
        <pre className="handover-text handover-text-big">{h.handover.text}</pre>
      </div>
    );
  }
  return (
    <details className="handover-entry" data-testid="handover">
      <summary className="handover-head">{head}</summary>
      <pre className="handover-text">{h.handover.text}</pre>
    </details>
  );
}
