import type { CallView } from '../../../../core/api/schemas/call.js';
import { formatTimeOfDay } from '../../../shared/formatDate.js';
import { HandoverText } from './HandoverText.js';

/** After a transfer or an escalation: who it went to and the summary they got. */
export function HandoverPanel({ call }: { call: CallView }) {
  const { transfer, escalations } = call.state;
  if (!transfer && escalations.length === 0) return null;
  return (
    <section className="panel" data-testid="handover-panel" aria-labelledby="handover-title">
      <h3 id="handover-title" className="panel-title">
        Hand-over
      </h3>
      {transfer && (
        <div className="handover-item">
          <p>
            <strong>Transferred to {transfer.to}</strong> <span className="muted">at {formatTimeOfDay(transfer.at)}</span>
          </p>
          <HandoverText text={transfer.handover.text} />
        </div>
      )}
      {escalations.map((e) => (
        <div className="handover-item" key={e.at}>
          <p>
            <strong>Escalated to {e.to}</strong> <span className="muted">at {formatTimeOfDay(e.at)}: {e.reason}</span>
          </p>
          <HandoverText text={e.handover.text} />
        </div>
      ))}
    </section>
  );
}
