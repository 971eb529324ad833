import type { ReactNode } from 'react';
import type { CustomerHistory } from '../../../core/model/history.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import { useAppStore } from '../../app/StoreContext.js';
import { selectPopSource } from '../screenPop/index.js';
import { splitCases, overdueCount } from './selectors.js';

const SOURCE_LABEL = { typed: null, link: 'from a link', argv: 'from the command line', softphone: 'from the softphone' } as const;

/** `action`: what the rep does next with this caller (start the call), at the header's end. */
export function CustomerHeader({ history, number, action }: { history: CustomerHistory; number: PoppedNumber | null; action?: ReactNode }) {
  const source = useAppStore(selectPopSource);
  const { customer } = history;
  const openCount = splitCases(history.cases).open.length;
  const overdue = overdueCount(history.commitments);
  const via = source ? SOURCE_LABEL[source] : null;
  return (
    <header className="customer" data-testid="customer">
      <div className="customer-main">
        <h2 id="customer-name" className="customer-name" data-testid="customer-name">
          {customer.name}
        </h2>
        {number && (
          <span className="calling" data-testid="calling-number">
            Calling from <span className="mono">{number.display}</span>
            {via && <span className="muted"> · {via}</span>}
          </span>
        )}
      </div>
      <dl className="customer-facts">
        <div>
          <dt>Phones</dt>
          <dd data-testid="customer-phones">
            {customer.phones.map((p) => (
              <span key={p.e164} className={number?.e164 === p.e164 ? 'phone is-calling' : 'phone'}>
                <span className="mono">{p.display}</span>
                {p.label && <span className="muted"> {p.label}</span>}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd data-testid="customer-email">{customer.email ?? <span className="muted">none</span>}</dd>
        </div>
        <div>
          <dt>At a glance</dt>
          <dd>
            <span className={openCount ? 'count has-open' : 'count'}>
              {openCount} open case{openCount === 1 ? '' : 's'}
            </span>
            {overdue > 0 && (
              <span className="count is-overdue" data-testid="overdue-count">
                {overdue} overdue promise{overdue === 1 ? '' : 's'}
              </span>
            )}
          </dd>
        </div>
      </dl>
      {action && <div className="customer-action">{action}</div>}
    </header>
  );
}
