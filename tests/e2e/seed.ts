import { caseNumberFromId, newId, type Customer } from '../../core/model/index.js';
import { saveCall, saveCase, saveCommitment, saveNote } from '../unit/db/save.js';
import type { AppFixture } from './fixtures.js';

// Seeding for the renderer's end-to-end specs: customers through the real command (so
// phones are normalized and indexed for search as in use), the rest through the tables'
// own inserts (tests/unit/db/save.ts). Times are relative to now because the backend runs
// on the system clock.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

export function createCustomer(app: AppFixture, name: string, phones: string[], email?: string): Customer {
  const result = app.backend.dispatch('customers.create', { name, phones, ...(email ? { email } : {}) });
  if (!result.ok) throw new Error(`seed: customers.create failed: ${result.error.message}`);
  return (result.value as { customer: Customer }).customer;
}

export type SeededCaller = {
  customer: Customer;
  refundCase: { id: string; number: string; subject: string };
  routerCase: { id: string; number: string; subject: string };
  closedCase: { id: string; number: string; subject: string };
};

/**
 * A caller with a story: an escalated refund touched two days ago (so this call is a
 * repeat), a pending technical case, a closed one, three earlier calls with moods and
 * notes, one promise overdue and one still ahead.
 */
export function seedKnownCaller(app: AppFixture, now = Date.now()): SeededCaller {
  const db = app.db;
  const customer = createCustomer(app, 'Maria Gonzalez', ['(415) 555-2671', '+1 628 555 0143'], 'maria.gonzalez@example.com');
  const c = customer.id;
  const refundCase = makeCase('Refund not received for cancelled order #4471');
  const routerCase = makeCase('Router drops the connection every evening');
  const closedCase = makeCase('Billing address change');

  saveCase(db, { id: refundCase.id, customerId: c, subject: refundCase.subject, status: 'escalated', category: 'Billing', createdAt: now - 9 * DAY });
  saveCase(db, { id: routerCase.id, customerId: c, subject: routerCase.subject, status: 'pending', category: 'Technical', createdAt: now - 20 * DAY });
  saveCase(db, {
    id: closedCase.id,
    customerId: c,
    subject: closedCase.subject,
    status: 'closed',
    category: 'Account',
    createdAt: now - 60 * DAY,
    updatedAt: now - 58 * DAY,
  });

  const oldCall = newId(now - 20 * DAY);
  saveCall(db, {
    id: oldCall,
    customerId: c,
    caseId: routerCase.id,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Ana Ruiz',
    startedAt: now - 20 * DAY,
    endedAt: now - 20 * DAY + 11 * MIN,
    moodStart: 'calm',
    moodEnd: 'calm',
    disposition: 'pending',
    summary: 'Router drops around 7 pm. Factory reset done; replacement router requested.',
  });
  const firstRefundCall = newId(now - 9 * DAY);
  saveCall(db, {
    id: firstRefundCall,
    customerId: c,
    caseId: refundCase.id,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Sam Ortiz',
    startedAt: now - 9 * DAY,
    endedAt: now - 9 * DAY + 6 * MIN,
    moodStart: 'upset',
    moodEnd: 'calm',
    disposition: 'pending',
    summary: 'Cancelled order #4471 and asked for a refund. Told 5 to 7 business days.',
  });
  saveNote(db, {
    id: newId(now - 9 * DAY + 5 * MIN),
    customerId: c,
    caseId: refundCase.id,
    callId: firstRefundCall,
    body: 'Refund of $212.40 submitted to finance.',
    author: 'Sam Ortiz',
    createdAt: now - 9 * DAY + 5 * MIN,
  });
  const lastCall = newId(now - 2 * DAY);
  saveCall(db, {
    id: lastCall,
    customerId: c,
    caseId: refundCase.id,
    phone: '+14155552671',
    direction: 'inbound',
    repName: 'Jordan Lee',
    startedAt: now - 2 * DAY,
    endedAt: now - 2 * DAY + 14 * MIN,
    moodStart: 'angry',
    moodEnd: 'upset',
    disposition: 'escalated',
    summary: 'Second call about the refund: nothing arrived. Escalated to the billing supervisor.',
  });
  saveNote(db, {
    id: newId(now - 2 * DAY + 8 * MIN),
    customerId: c,
    caseId: refundCase.id,
    callId: lastCall,
    body: 'Caller has the cancellation email (ref C-99812). Wants the refund on the original card, not store credit.',
    author: 'Jordan Lee',
    createdAt: now - 2 * DAY + 8 * MIN,
  });
  saveNote(db, {
    id: newId(now - 2 * DAY + 13 * MIN),
    customerId: c,
    caseId: refundCase.id,
    callId: lastCall,
    body: 'Priya (billing supervisor) will call back with the refund status.',
    author: 'Jordan Lee',
    createdAt: now - 2 * DAY + 13 * MIN,
  });

  saveCommitment(db, {
    id: newId(now - 2 * DAY + 14 * MIN),
    customerId: c,
    caseId: refundCase.id,
    callId: lastCall,
    description: 'Call Maria back with the refund status',
    owner: 'Priya Shah',
    dueAt: now - 5 * HOUR,
    createdAt: now - 2 * DAY + 14 * MIN,
  });
  saveCommitment(db, {
    id: newId(now - 20 * DAY + 10 * MIN),
    customerId: c,
    caseId: routerCase.id,
    callId: oldCall,
    description: 'Confirm the replacement router has shipped',
    owner: 'Ana Ruiz',
    dueAt: now + 2 * DAY,
    createdAt: now - 20 * DAY + 10 * MIN,
  });

  return { customer, refundCase, routerCase, closedCase };
}

function makeCase(subject: string) {
  const id = newId();
  return { id, number: caseNumberFromId(id), subject };
}

/** A household line: several customers share one number. */
export function seedSharedNumber(app: AppFixture, number = '(212) 555-0188'): Customer[] {
  return [
    createCustomer(app, 'Kim Park', [number]),
    createCustomer(app, 'Lee Park', [number, '(212) 555-0199']),
    createCustomer(app, 'Jo Park', [number], 'jo.park@example.com'),
  ];
}
