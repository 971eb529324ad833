import { caseNumberFromId, newId, type Customer, type Disposition, type Mood } from '../../core/model/index.js';
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

  // Earlier calls from the main number, each with its moods, outcome and the rep's notes.
  const pastCall = (caseId: string, startedAt: number, minutes: number, repName: string, moods: [Mood, Mood], disposition: Disposition, summary: string): string => {
    const id = newId(startedAt);
    const [moodStart, moodEnd] = moods;
    saveCall(db, { id, customerId: c, caseId, phone: '+14155552671', direction: 'inbound', repName, startedAt, endedAt: startedAt + minutes * MIN, moodStart, moodEnd, disposition, summary });
    return id;
  };
  const note = (caseId: string, callId: string, createdAt: number, author: string, body: string): void =>
    saveNote(db, { id: newId(createdAt), customerId: c, caseId, callId, body, author, createdAt });

  const oldCall = pastCall(routerCase.id, now - 20 * DAY, 11, 'Ana Ruiz', ['calm', 'calm'], 'pending', 'Router drops around 7 pm. Factory reset done; replacement router requested.');
  const firstRefundCall = pastCall(refundCase.id, now - 9 * DAY, 6, 'Sam Ortiz', ['upset', 'calm'], 'pending', 'Cancelled order #4471 and asked for a refund. Told 5 to 7 business days.');
  note(refundCase.id, firstRefundCall, now - 9 * DAY + 5 * MIN, 'Sam Ortiz', 'Refund of $212.40 submitted to finance.');
  const lastCall = pastCall(refundCase.id, now - 2 * DAY, 14, 'Jordan Lee', ['angry', 'upset'], 'escalated', 'Second call about the refund: nothing arrived. Escalated to the billing supervisor.');
  note(refundCase.id, lastCall, now - 2 * DAY + 8 * MIN, 'Jordan Lee', 'Caller has the cancellation email (ref C-99812). Wants the refund on the original card, not store credit.');
  note(refundCase.id, lastCall, now - 2 * DAY + 13 * MIN, 'Jordan Lee', 'Priya (billing supervisor) will call back with the refund status.');

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
