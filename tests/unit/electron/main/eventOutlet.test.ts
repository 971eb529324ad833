import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../../core/api/client.js';
import { IPC_CHANNELS as CHANNELS } from '../../../../core/api/wire.js';
import { createEventOutlet, type EventTarget } from '../../../../electron/main/eventOutlet.js';

function window(url = 'app://heard/index.html') {
  const sent: { channel: string; message: WireEvent }[] = [];
  const target: EventTarget & { url: string; destroyed: boolean } = {
    url,
    destroyed: false,
    send: (channel, message) => void sent.push({ channel, message }),
    isDestroyed: () => target.destroyed,
    getURL: () => target.url,
  };
  return { target, sent };
}

const pop = (number: string): WireEvent => ({ event: 'screenPop.requested', payload: { number, source: 'link' } });

describe('createEventOutlet', () => {
  it('holds events until the page subscribes, then delivers them in order', () => {
    const { target, sent } = window();
    const outlet = createEventOutlet(() => target);
    outlet.push(pop('1'));
    outlet.push(pop('2'));
    expect(sent).toEqual([]);
    outlet.subscribe('screenPop.requested');
    expect(sent.map((s) => s.message)).toEqual([pop('1'), pop('2')]);
    expect(sent.every((s) => s.channel === CHANNELS.event)).toBe(true);
    outlet.push(pop('3'));
    expect(sent).toHaveLength(3);
  });

  it('holds again after the page reloads', () => {
    const { target, sent } = window();
    const outlet = createEventOutlet(() => target);
    outlet.subscribe('screenPop.requested');
    outlet.reset();
    outlet.push(pop('1'));
    expect(sent).toEqual([]);
    outlet.subscribe('screenPop.requested');
    expect(sent).toHaveLength(1);
  });

  it('sends nothing to a page that is not the app, or a destroyed window, and keeps the event', () => {
    const { target, sent } = window('https://evil.example/');
    const outlet = createEventOutlet(() => target);
    outlet.subscribe('screenPop.requested');
    outlet.push(pop('1'));
    expect(sent).toEqual([]);
    target.url = 'app://heard/index.html';
    target.destroyed = true;
    outlet.push(pop('2'));
    expect(sent).toEqual([]);
    target.destroyed = false;
    outlet.subscribe('screenPop.requested');
    expect(sent.map((s) => s.message)).toEqual([pop('1'), pop('2')]);
  });

  it('drops unknown event names and keeps at most `limit` held events', () => {
    const { target, sent } = window();
    const outlet = createEventOutlet(() => target, 2);
    outlet.push({ event: 'not.an.event', payload: {} });
    outlet.push(pop('1'));
    outlet.push(pop('2'));
    outlet.push(pop('3'));
    outlet.subscribe('not.an.event');
    outlet.subscribe('screenPop.requested');
    expect(sent.map((s) => s.message)).toEqual([pop('2'), pop('3')]);
  });
});
