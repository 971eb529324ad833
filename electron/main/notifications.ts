import type { WireEvent } from '../../core/api/wire.js';
import { events } from '../../core/api/events.js';
import { HOLD_PHRASES } from '../../core/call/holdPhrases.js';

// What the OS notification says when the backend's timers fire: a hold check-in due or
// late, a callback to offer, a promise falling due. Reps keep Heard behind the softphone;
// the notification is how a prompt reaches them there. Pure: main.ts shows it with
// Electron's Notification (the renderer shows none in the app, only its banner and sound).

export type OsNotification = {
  title: string;
  body: string;
  /** 'critical' stays on screen where the OS supports it: a missed check-in must not slip by. */
  urgency: 'normal' | 'critical';
  /** One per call or promise: a newer notification for the same thing replaces the older. */
  tag: string;
};

/** The call a pushed event is about, when its notification names the caller (hold prompts). */
export function callNeedingName(event: WireEvent): string | null {
  if (event.event !== 'hold.prompt') return null;
  const parsed = events['hold.prompt'].safeParse(event.payload);
  return parsed.success ? parsed.data.callId : null;
}

/** The notification for a pushed event, or null for events that need none (or do not parse). */
export function notificationFor(event: WireEvent, customerName: string | null = null): OsNotification | null {
  if (event.event === 'hold.prompt') {
    const parsed = events['hold.prompt'].safeParse(event.payload);
    if (!parsed.success) return null;
    const { kind, callId } = parsed.data;
    const who = customerName ?? 'the caller';
    const tag = `hold-${callId}`;
    if (kind === 'checkin_due') return { title: `Check in with ${who} now`, body: HOLD_PHRASES.checkin, urgency: 'normal', tag };
    if (kind === 'checkin_late') return { title: `LATE: check in with ${who}`, body: HOLD_PHRASES.checkin, urgency: 'critical', tag };
    return { title: `Offer ${who} a callback`, body: HOLD_PHRASES.callback, urgency: 'normal', tag };
  }
  if (event.event === 'commitment.due') {
    const parsed = events['commitment.due'].safeParse(event.payload);
    if (!parsed.success) return null;
    const c = parsed.data.commitment;
    const onCase = c.caseNumber === null ? '' : `, case ${c.caseNumber}`;
    return { title: `Promise due: ${c.customerName}`, body: `${c.description} (${c.owner}${onCase})`, urgency: 'normal', tag: `commitment-${c.id}` };
  }
  return null;
}

/**
 * The notification for an event, asking for the caller's name first when it needs one. A
 * failed lookup still notifies, without the name: the prompt matters more than the name.
 */
export async function notificationWithName(event: WireEvent, lookupName: (callId: string) => Promise<string | null>): Promise<OsNotification | null> {
  const callId = callNeedingName(event);
  if (callId === null) return notificationFor(event);
  const name = await Promise.resolve()
    .then(() => lookupName(callId))
    .catch(() => null);
  return notificationFor(event, name);
}
