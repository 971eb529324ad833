import { IPC_CHANNELS, type WireEvent } from '../../core/api/wire.js';
import { isEventName } from '../../core/api/events.js';
import { isAppUrl } from './appOrigin.js';

/** The part of Electron's WebContents that receives pushed events. */
export type EventTarget = {
  send(channel: string, message: WireEvent): void;
  isDestroyed(): boolean;
  getURL(): string;
};

export type EventOutlet = {
  /** A backend event for the window: sent now if the page listens to it, else held. */
  push(message: WireEvent): void;
  /** The page (its preload) now listens to this event: deliver what was held for it. */
  subscribe(name: string): void;
  /** The page is (re)loading: its listeners are gone until it subscribes again. */
  reset(): void;
};

/**
 * Backend events reach the window only once the page has subscribed to them. A screen pop
 * from `--call` or a tel: link that launched the app arrives before React has mounted;
 * sending it straight away would lose it, so it waits here (bounded, oldest dropped)
 * until the page asks for that event. Only an app:// page is ever sent anything.
 */
export function createEventOutlet(target: () => EventTarget | null, limit = 100): EventOutlet {
  const subscribed = new Set<string>();
  const held: WireEvent[] = [];

  const deliver = (message: WireEvent): boolean => {
    const contents = target();
    if (!contents || contents.isDestroyed() || !isAppUrl(contents.getURL())) return false;
    contents.send(IPC_CHANNELS.event, message);
    return true;
  };

  return {
    push(message) {
      if (!isEventName(message.event)) return;
      if (subscribed.has(message.event) && deliver(message)) return;
      held.push(message);
      if (held.length > limit) held.shift();
    },
    subscribe(name) {
      if (!isEventName(name)) return;
      subscribed.add(name);
      for (let i = 0; i < held.length; ) {
        const message = held[i] as WireEvent;
        if (message.event === name && deliver(message)) held.splice(i, 1);
        else i++;
      }
    },
    reset() {
      subscribed.clear();
    },
  };
}
