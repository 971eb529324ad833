import type { CaseConflict, FieldValue } from '../../../../core/api/commands.js';
import { CaseStatus } from '../../../../core/model/enums.js';
import { formatDateTime, formatTimeOfDay, type DateFormatOptions } from '../../../shared/formatDate.js';
import { CASE_STATUS_LABEL } from '../../../shared/labels.js';

// Two desks set the same field of a case while apart: the later edit is kept and the other
// is shown, so the rep who made it sees it was overridden and by whom, instead of finding
// their work gone (DESIGN.md, Sync: the losing value is kept, never discarded).

const FIELD_WORD: Record<CaseConflict['field'], string> = { subject: 'subject', status: 'status' };

/** "‘Resolved’ (Ben, 10:02)": the value as the case list says it, who, and when. */
function written(field: CaseConflict['field'], v: FieldValue, now: number, options: DateFormatOptions): string {
  const parsed = field === 'status' ? CaseStatus.safeParse(v.value) : null;
  const value = parsed?.success ? CASE_STATUS_LABEL[parsed.data] : v.value;
  const sameDay = new Date(v.at).toDateString() === new Date(now).toDateString();
  const when = sameDay ? formatTimeOfDay(v.at, options) : formatDateTime(v.at, now, options);
  return `‘${value}’ (${v.by ?? 'another desk'}, ${when})`;
}

/** "status kept ‘Resolved’ (Ben, 10:02); also set ‘Pending’ (Ana, 10:01)". */
export function conflictText(conflict: CaseConflict, now: number, options: DateFormatOptions = {}): string {
  const kept = written(conflict.field, conflict.kept, now, options);
  const also = conflict.alsoWritten.map((v) => written(conflict.field, v, now, options)).join(', ');
  return `${FIELD_WORD[conflict.field]} kept ${kept}${also ? `; also set ${also}` : ''}`;
}
