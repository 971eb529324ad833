import { describe, expect, it } from 'vitest';
import { createDrafts, DRAFT_MAX_AGE_MS, type DraftStorage } from '../../../../renderer/shared/drafts.js';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    key: (i) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
}

describe('drafts kept per call', () => {
  it('survives a reload (a new instance over the same storage), per call and per field', () => {
    const storage = memoryStorage();
    const a = createDrafts(storage, () => 1);
    a.set('call-1', 'note', 'Caller says the parcel');
    a.set('call-2', 'note', 'Other caller');
    const b = createDrafts(storage, () => 2);
    expect(b.get('call-1', 'note')).toBe('Caller says the parcel');
    expect(b.get('call-2', 'note')).toBe('Other caller');
    expect(b.get('call-1', 'wrap.summary')).toBe('');
  });

  it('forgets a field once recorded and everything once the call ends', () => {
    const storage = memoryStorage();
    const d = createDrafts(storage);
    d.set('c', 'note', 'x');
    d.set('c', 'wrap.summary', 'y');
    d.clearField('c', 'note');
    expect(d.get('c', 'note')).toBe('');
    expect(d.get('c', 'wrap.summary')).toBe('y');
    d.clear('c');
    expect(d.get('c', 'wrap.summary')).toBe('');
    expect(storage.data.size).toBe(0);
  });

  it('drops drafts of calls untouched for a week, but never the open call', () => {
    const storage = memoryStorage();
    let t = 0;
    const d = createDrafts(storage, () => t);
    d.set('old', 'note', 'a');
    d.set('open', 'note', 'b');
    t = DRAFT_MAX_AGE_MS + 10;
    d.set('fresh', 'note', 'c');
    d.prune(t, 'open');
    expect([...storage.data.keys()].sort()).toEqual(['heard.draft.fresh', 'heard.draft.open']);
  });

  it('keeps working in memory when storage is missing or throws (policy, quota)', () => {
    const none = createDrafts(null);
    none.set('c', 'note', 'kept');
    expect(none.get('c', 'note')).toBe('kept');
    const broken: DraftStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
      removeItem: () => {},
      key: () => null,
      length: 0,
    };
    const d = createDrafts(broken);
    d.set('c', 'note', 'still here');
    expect(d.get('c', 'note')).toBe('still here');
  });
});
