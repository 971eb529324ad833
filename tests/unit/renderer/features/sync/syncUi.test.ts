import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../../../core/api/commands.js';
import { shortAge, syncPill } from '../../../../../renderer/features/sync/pillText.js';
import { selectUnreviewed } from '../../../../../renderer/features/sync/selectors.js';
import { flush, historyOf, IDS, T0 } from '../../fakeApi.js';
import { fakeStore } from '../../fakeStore.js';

const MIN = 60_000;

function status(extra: Partial<SyncStatus> = {}): SyncStatus {
  return {
    state: 'online',
    busy: false,
    server: 'http://127.0.0.1:8787',
    user: { name: 'Ana Ruiz', role: 'rep', team: 'north' },
    device: { id: '019a9b4e-0000-7000-8000-0000000000d1', name: 'Desk A' },
    practice: false,
    waiting: 0,
    oldestWaitingAgeMs: null,
    rejected: 0,
    unreviewed: 0,
    lastSyncAt: T0 - 2 * MIN,
    lastError: null,
    enrolError: null,
    ...extra,
  };
}

const text = (s: SyncStatus, oldestAgeMs: number | null = s.oldestWaitingAgeMs, unreviewed = 0) => {
  const pill = syncPill({ status: s, now: T0, oldestAgeMs, unreviewed });
  return { tone: pill.tone, text: [pill.main, ...pill.extras].join(' · ') };
};

describe('the sync pill', () => {
  it('says synced and when, with nothing waiting', () => {
    expect(text(status())).toEqual({ tone: 'ok', text: 'Synced 2 minutes ago' });
    expect(text(status({ lastSyncAt: T0 - 5_000 })).text).toBe('Synced just now');
  });

  it('counts what waits offline or paused, with the age of the oldest', () => {
    expect(text(status({ state: 'offline', waiting: 12, oldestWaitingAgeMs: 8 * MIN }))).toEqual({ tone: 'waiting', text: 'Offline · 12 waiting · oldest 8 min' });
    expect(text(status({ state: 'paused', waiting: 3, oldestWaitingAgeMs: 20_000 }))).toEqual({ tone: 'waiting', text: 'Working offline · 3 waiting · oldest <1 min' });
    expect(text(status({ state: 'paused' }))).toEqual({ tone: 'neutral', text: 'Working offline' });
  });

  it('online, shows the age only once a change has waited a minute', () => {
    expect(text(status({ waiting: 2, oldestWaitingAgeMs: 900 })).text).toBe('Online · 2 waiting');
    expect(text(status({ waiting: 2, oldestWaitingAgeMs: 3 * MIN })).text).toBe('Online · 2 waiting · oldest 3 min');
  });

  it('asks for a review of refused changes until seen, then only counts them', () => {
    expect(text(status({ rejected: 2 }), null, 2)).toEqual({ tone: 'warn', text: 'Synced 2 minutes ago · ⚠ 2 refused — review' });
    expect(text(status({ rejected: 2 }), null, 0)).toEqual({ tone: 'ok', text: 'Synced 2 minutes ago · 2 refused' });
    // A worse state keeps its tone.
    expect(text(status({ state: 'error', rejected: 1 }), null, 1).tone).toBe('error');
  });

  it('names the states the rep must act on', () => {
    expect(text(status({ state: 'not_enrolled', user: null, server: null }))).toEqual({ tone: 'neutral', text: 'Not connected to a server' });
    expect(text(status({ state: 'not_enrolled', waiting: 4 })).text).toBe('Not connected to a server · 4 not sent');
    expect(text(status({ state: 'signed_out' }))).toEqual({ tone: 'warn', text: 'Signed out — enrol again' });
    expect(text(status({ state: 'outdated' })).tone).toBe('error');
  });

  it('writes ages short enough for the header', () => {
    expect([30_000, 8 * MIN, 59 * MIN, 3 * 60 * MIN, 50 * 60 * MIN].map(shortAge)).toEqual(['<1 min', '8 min', '59 min', '3 h', '2 days']);
  });
});

describe('the sync slice', () => {
  const notEnrolled = status({ state: 'not_enrolled', user: null, server: null });

  it('waits for the enrolment\'s outcome: statuses sent before the command was taken do not end it', async () => {
    const s = fakeStore(() => T0);
    const enrolling = s.state().enrol({ serverUrl: 'http://127.0.0.1:8787', code: 'ABCD', deviceName: 'Desk A' });
    expect(s.state().enrolPhase).toBe('sent');
    // A status from before the command (a nudge): not the outcome.
    s.state().acceptSyncStatus(notEnrolled);
    expect(s.state().enrolPhase).toBe('sent');
    s.fake.pending('sync.enrol')[0]?.resolve({ ok: true, value: { ...notEnrolled, busy: true } });
    await enrolling;
    expect(s.state().enrolPhase).toBe('waiting');
    s.state().acceptSyncStatus({ ...notEnrolled, busy: true });
    expect(s.state().enrolPhase).toBe('waiting');
    s.state().acceptSyncStatus({ ...notEnrolled, enrolError: 'This enrolment code is not valid.' });
    expect(s.state()).toMatchObject({ enrolPhase: 'idle', enrolledJustNow: false });
    expect(s.state().syncStatus?.enrolError).toBe('This enrolment code is not valid.');
  });

  it('says enrolled when the outcome carries the user', async () => {
    const s = fakeStore(() => T0);
    const enrolling = s.state().enrol({ serverUrl: 'http://127.0.0.1:8787', code: 'ABCD', deviceName: 'Desk A' });
    s.fake.pending('sync.enrol')[0]?.resolve({ ok: true, value: { ...notEnrolled, busy: true } });
    await enrolling;
    s.state().acceptSyncStatus(status());
    expect(s.state()).toMatchObject({ enrolPhase: 'idle', enrolledJustNow: true });
  });

  it('marks refused changes reviewed in the backend once the open panel has listed them', async () => {
    const s = fakeStore(() => T0);
    s.state().acceptSyncStatus(status({ rejected: 2, unreviewed: 2 }));
    expect(selectUnreviewed(s.state())).toBe(2);
    s.state().openSync();
    const refused = { seq: 7, entity: 'note', entityId: IDS.ann, kind: 'append', summary: 'Note “x”', reason: 'forbidden', madeAt: T0, rejectedAt: T0 };
    s.fake.pending('sync.rejections')[0]?.resolve({ ok: true, value: { rejected: [refused, { ...refused, seq: 5 }] } });
    await flush();
    const review = s.fake.pending('sync.reviewRejections');
    expect(review).toHaveLength(1);
    expect(review[0]?.input).toEqual({ throughSeq: 7 });
    review[0]?.resolve({ ok: true, value: status({ rejected: 2, unreviewed: 0 }) });
    await flush();
    expect(selectUnreviewed(s.state())).toBe(0);
  });

  it('re-reads the caller on screen only when pulled changes touch them', async () => {
    const s = fakeStore(() => T0);
    const opening = s.state().openCustomer(IDS.ann);
    s.fake.pending('customers.history')[0]?.resolve({ ok: true, value: historyOf(IDS.ann, 'Ann Lee') });
    await opening;
    s.state().onSyncPulled({ fresh: 3, customerIds: [IDS.bob], callIds: [] });
    expect(s.fake.pending('customers.history')).toHaveLength(1);
    s.state().onSyncPulled({ fresh: 1, customerIds: [IDS.ann], callIds: [] });
    expect(s.fake.pending('customers.history')).toHaveLength(2);
  });
});
