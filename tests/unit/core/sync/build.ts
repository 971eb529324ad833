import type { ChangeRecord } from '../../../../core/sync/change.js';
import { formatHlc } from '../../../../core/sync/hlc.js';

// Hand-built change records for the merge examples: readable stamps (ms offsets from T0),
// fixed devices, and ids that say which change is which.

export const T0 = 1_700_000_000_000;
export const DEV_A = 'device-a';
export const DEV_B = 'device-b';
export const CASE_ID = '0190a2b4-0000-7000-8000-00000000000c';
export const CALL_ID = '0190a2b4-0000-7000-8000-0000000000ca';
export const COMMITMENT_ID = '0190a2b4-0000-7000-8000-0000000000c0';

export const uuid = (n: number) => `0190a2b4-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;
export const at = (dms: number, node: string, counter = 0) => formatHlc({ ms: T0 + dms, counter, node });

let nextSeq = 1;
export function change(partial: Omit<ChangeRecord, 'seq' | 'deviceId' | 'hlc'> & { device: string; dms: number }): ChangeRecord {
  const { device, dms, ...rest } = partial;
  return { deviceId: device, seq: nextSeq++, hlc: at(dms, device), ...rest };
}
