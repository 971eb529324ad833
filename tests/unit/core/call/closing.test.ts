import { describe, expect, it } from 'vitest';
import { CLOSING_ITEMS, CLOSING_ITEM_IDS, closingMissing, closingUnresolved, reduceCall, wrapUpMissing } from '../../../../core/call/index.js';
import { SECOND, callLog, started } from './builders.js';

describe('closing checklist data', () => {
  it('has one entry per item id, with a label, a line to say and a distinct letter key', () => {
    expect(CLOSING_ITEMS.map((i) => i.id)).toEqual([...CLOSING_ITEM_IDS]);
    const keys = CLOSING_ITEMS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of CLOSING_ITEMS) {
      expect(item.key).toMatch(/^[a-z]$/); // never a digit: digits tick script steps
      expect(item.label.length).toBeGreaterThan(0);
      expect(item.say.length).toBeGreaterThan(0);
    }
  });
});

describe('closingMissing', () => {
  it('lists every item on a call with nothing ticked and no mood recorded', () => {
    const log = started(callLog(), 'heard');
    expect(closingMissing(reduceCall(log.events))).toEqual(['anything_else', 'make_it_right', 'next_steps', 'case_number', 'commitments', 'thanked']);
  });

  it('drops "what would make it right" only while the caller is known to be calm', () => {
    const log = started(callLog(), 'heard');
    log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'calm' });
    expect(closingMissing(reduceCall(log.events))).not.toContain('make_it_right');
    log.at(60 * SECOND).add('mood.set', { phase: 'end', mood: 'upset' });
    expect(closingMissing(reduceCall(log.events))).toContain('make_it_right');
    log.at(61 * SECOND).add('mood.set', { phase: 'end', mood: 'calm' });
    expect(closingMissing(reduceCall(log.events))).not.toContain('make_it_right');
  });

  it('follows ticks and unticks', () => {
    const log = started(callLog(), 'heard');
    log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'angry' });
    log.at(50 * SECOND).add('closing.ticked', { item: 'anything_else' }).add('closing.ticked', { item: 'case_number' }).add('closing.ticked', { item: 'thanked' });
    log.at(51 * SECOND).add('closing.unticked', { item: 'thanked' });
    const s = reduceCall(log.events);
    expect(closingMissing(s)).toEqual(['make_it_right', 'next_steps', 'commitments', 'thanked']);
    expect(s.closing.ticked.anything_else).toBe(log.events[0]!.at + 50 * SECOND);
  });

  it('keeps an overridden item missing (for QA) but no longer unresolved', () => {
    const log = started(callLog(), 'heard', null);
    log.at(1 * SECOND).add('mood.set', { phase: 'start', mood: 'calm' });
    for (const item of ['anything_else', 'next_steps', 'commitments', 'thanked'] as const) log.at(50 * SECOND).add('closing.ticked', { item });
    log.at(55 * SECOND).add('closing.override', { missing: ['case_number'], reason: 'Quick question about opening hours; no case.' });
    const s = reduceCall(log.events);
    expect(closingMissing(s)).toEqual(['case_number']);
    expect(closingUnresolved(s)).toEqual([]);
    expect(s.closing.override).toMatchObject({ missing: ['case_number'], reason: 'Quick question about opening hours; no case.' });
  });

  it("an override does not cover an item it did not name", () => {
    const log = started(callLog(), 'heard');
    log.at(55 * SECOND).add('closing.override', { missing: ['case_number'], reason: 'Caller hung up' });
    expect(closingUnresolved(reduceCall(log.events))).toEqual(['anything_else', 'make_it_right', 'next_steps', 'commitments', 'thanked']);
  });
});

describe('wrapUpMissing', () => {
  it('asks for disposition, root cause and the end mood', () => {
    const log = started(callLog(), 'heard');
    expect(wrapUpMissing(reduceCall(log.events))).toEqual(['disposition', 'root_cause', 'mood_end']);
    log.at(10 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: null, summary: 'Fixed' });
    expect(wrapUpMissing(reduceCall(log.events))).toEqual(['root_cause', 'mood_end']);
    log.at(11 * SECOND).add('disposition.set', { disposition: 'resolved', rootCause: { category: 'billing', note: 'Double charge' }, summary: 'Refunded' });
    log.at(12 * SECOND).add('mood.set', { phase: 'end', mood: 'calm' });
    expect(wrapUpMissing(reduceCall(log.events))).toEqual([]);
  });
});
