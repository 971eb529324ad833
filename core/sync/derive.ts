import type { ChangeRecord } from './change.js';
import type { JsonValue } from './json.js';
import { sameJson } from './json.js';
import { compareChanges, compareVersions } from './order.js';
import type { Entity } from './rules.js';
import type { EntityView, FieldVersion, RowVersion, TerminalVersion } from './state.js';
import { FROZEN_REASON } from './state.js';

// Folds a sorted log into the view. Because the log is sorted by (hlc, id) and every rule
// below is decided by that order alone, any two devices holding the same set of changes
// derive the same view: that is the whole convergence argument.

const version = (c: ChangeRecord, value: JsonValue): FieldVersion => ({ value, hlc: c.hlc, changeId: c.id, deviceId: c.deviceId });
const terminalOf = (c: ChangeRecord): TerminalVersion => ({ fields: c.fields, hlc: c.hlc, changeId: c.id, deviceId: c.deviceId });

export function deriveView(entity: Entity, log: readonly ChangeRecord[]): EntityView {
  const fields: Record<string, FieldVersion> = {};
  const history: Record<string, FieldVersion[]> = {};
  const rows: Record<string, RowVersion> = {};
  const view: EntityView = { fields, history, rows, conflicts: [], terminal: null, lostTerminals: [], rejected: [] };
  const keep = (name: string, v: FieldVersion) => {
    (history[name] ??= []).push(v);
  };

  // The earliest terminal wins: the first close or finalization is what happened; later
  // ones are kept but change nothing.
  const terminal = log.find((c) => c.kind === 'terminal') ?? null;
  const afterTerminal = (c: ChangeRecord) => terminal !== null && compareChanges(c, terminal) > 0;

  for (const c of log) {
    if (c.kind === 'terminal') {
      if (c === terminal) view.terminal = terminalOf(c);
      else {
        view.lostTerminals.push(terminalOf(c));
        if (entity === 'commitment') keep('status', version(c, c.fields.status ?? null));
      }
    } else if (c.kind === 'set') {
      // A commitment closed before this edit was stamped: the edit loses whatever the
      // wall clocks said, but its values go to history, not away.
      const lost = entity === 'commitment' && afterTerminal(c);
      for (const [name, value] of Object.entries(c.fields)) {
        const v = version(c, value);
        if (lost) keep(name, v);
        else {
          // The log is in merge order, so a later entry is the newer writer.
          const prev = Object.hasOwn(fields, name) ? fields[name] : undefined;
          if (prev) keep(name, prev);
          fields[name] = v;
        }
      }
    } else {
      appendRow(view, entity, c, afterTerminal(c));
    }
  }
  if (entity === 'commitment' && terminal) fields.status = version(terminal, terminal.fields.status ?? null);
  for (const list of Object.values(history)) list.sort(compareVersions);
  return view;
}

function appendRow(view: EntityView, entity: Entity, c: ChangeRecord, afterTerminal: boolean): void {
  // A finalized call record is frozen: an event stamped after the finalization is refused.
  // "After" is by HLC, not by arrival, so every device refuses the same events.
  if (entity === 'call_event' && afterTerminal) {
    view.rejected.push({ change: c, reason: FROZEN_REASON });
    return;
  }
  const rowId = c.fields.id as string;
  const row: RowVersion = { rowId, row: c.fields, hlc: c.hlc, changeId: c.id, deviceId: c.deviceId };
  const kept = Object.hasOwn(view.rows, rowId) ? view.rows[rowId] : undefined;
  if (!kept) view.rows[rowId] = row;
  // Same id, same content: the same row recorded twice (a retried create); nothing to add.
  else if (!sameJson(kept.row, c.fields)) view.conflicts.push(row);
}
