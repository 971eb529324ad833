import { describe, expect, it } from 'vitest';
import type { ChangeRecord } from '../../core/sync/change.js';
import type { EnrolResponse } from '../../core/sync/enrolment.js';
import { HLC_MAX_DRIFT_MS, hlcSend, initialHlc, restamp } from '../../core/sync/hlc.js';
import { PushResponse } from '../../core/sync/messages.js';
import { PROTOCOL_VERSION } from '../../core/sync/protocol.js';
import { ENGINES } from '../unit/server/engines.js';
import { enrolOk, newUserCode, useHarnessPerTest, type Harness } from '../unit/server/harness.js';

// Found by the clock-skew simulation's design (helper notes in git history), fixed in
// server/sync/push.ts sameStored: a re-stamped change meeting its delayed original.
//
// A desk whose clock is just past the tolerated drift (here 121 s ahead) sends push A; A is
// held up in the network long enough for the desk to give up on it (the app's sync loop
// times out after 15 s) and push again (B). The server refuses B's stamp; the desk learns
// the offset and re-stamps its waiting change. Then A reaches the server: by now the
// server's clock has moved on, so A's old stamp is within the drift and A is stored. The
// desk pushes its re-stamped change (C): same seq, same change id, different stamp. It is
// the same change, so it is acknowledged (the stored stamp stands), not taken for a copied
// device, which would stop the desk syncing until it was enrolled again.

describe.each(ENGINES)('a re-stamped change meeting its delayed original on %s', (_name, makeEngine) => {
  const h: Harness = useHarnessPerTest(makeEngine);

  const push = (d: EnrolResponse, changes: ChangeRecord[]) =>
    h.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: { authorization: `Bearer ${d.token}`, 'x-heard-device': d.deviceId },
      payload: { protocol: PROTOCOL_VERSION, deviceId: d.deviceId, changes },
    });

  it('is acknowledged, not taken for a cloned device', async () => {
    const d = await enrolOk(h, await newUserCode(h, 'rep', 'race'));
    const t0 = h.clock.now.getTime();
    const ahead = hlcSend(initialHlc(d.deviceId), t0 + HLC_MAX_DRIFT_MS + 1_000);
    const original: ChangeRecord = {
      deviceId: d.deviceId,
      seq: 1,
      id: '0190a2b4-0000-7000-8000-0000000000a1',
      kind: 'set',
      entity: 'case',
      entityId: '0190a2b4-0000-7000-8000-0000000000c1',
      fields: { status: 'open' },
      hlc: ahead.stamp,
    };

    // B: the retry of the held-up A, refused for its clock.
    const b = PushResponse.parse((await push(d, [original])).json());
    expect(b.clockRefused).toEqual([{ seq: 1, serverNow: t0 }]);
    const [restamped] = restamp([original], ahead.state, t0).changes as [ChangeRecord];

    // A arrives 2 s later: its stamp is now within the drift, and it is stored.
    h.clock.now = new Date(t0 + 2_000);
    const a = PushResponse.parse((await push(d, [original])).json());
    expect(a.ackedThrough).toBe(1);

    // C: the re-stamped change. The desk must be told it is acknowledged.
    const c = await push(d, [restamped]);
    expect(c.statusCode, c.body).toBe(200);
    expect(PushResponse.parse(c.json()).ackedThrough).toBe(1);
  });
});
