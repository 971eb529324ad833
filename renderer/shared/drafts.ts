// What the rep has typed but not yet recorded (a note, a wrap-up summary), kept in
// localStorage per call until the backend has it. A reload, a crash or a closed window
// must never cost the words a caller just said: the rep cannot ask them to say it again.
//
// localStorage rather than sessionStorage: it survives the window being closed and
// reopened (Electron restarts the renderer), and drafts are keyed by call so two calls
// never mix. Storage can be disabled or full; then drafts live for this page only.

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'heard.draft.';
/** Drafts of calls long gone (a crash, then a new day) are dropped at start. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 3600_000;

type Stored = { fields: Record<string, string>; updatedAt: number };

export type Drafts = {
  get(callId: string, field: string): string;
  set(callId: string, field: string, value: string): void;
  /** Forgets one field (its text was recorded). */
  clearField(callId: string, field: string): void;
  /** Forgets the whole call (it ended). */
  clear(callId: string): void;
  /** Removes drafts untouched for DRAFT_MAX_AGE_MS, except those of `keepCallId`. */
  prune(now: number, keepCallId?: string | null): void;
};

export function createDrafts(storage: DraftStorage | null, now: () => number = Date.now): Drafts {
  // The fallback when storage fails: still keeps text across re-renders of this page.
  const memory = new Map<string, Stored>();

  function read(callId: string): Stored {
    const key = PREFIX + callId;
    try {
      const raw = storage?.getItem(key);
      if (raw) {
        const parsed = JSON.parse(raw) as Partial<Stored>;
        if (parsed && typeof parsed.fields === 'object' && parsed.fields !== null) {
          return { fields: { ...parsed.fields }, updatedAt: Number(parsed.updatedAt) || 0 };
        }
      }
    } catch {
      // Unreadable: fall through to memory.
    }
    return memory.get(key) ?? { fields: {}, updatedAt: 0 };
  }

  function write(callId: string, stored: Stored): void {
    const key = PREFIX + callId;
    memory.set(key, stored);
    try {
      if (Object.keys(stored.fields).length === 0) storage?.removeItem(key);
      else storage?.setItem(key, JSON.stringify(stored));
    } catch {
      // Quota or policy: memory still has it for this page.
    }
  }

  return {
    get(callId, field) {
      return read(callId).fields[field] ?? '';
    },
    set(callId, field, value) {
      const stored = read(callId);
      if (value === '') delete stored.fields[field];
      else stored.fields[field] = value;
      write(callId, { fields: stored.fields, updatedAt: now() });
    },
    clearField(callId, field) {
      const stored = read(callId);
      if (!(field in stored.fields)) return;
      delete stored.fields[field];
      write(callId, { fields: stored.fields, updatedAt: now() });
    },
    clear(callId) {
      write(callId, { fields: {}, updatedAt: now() });
      memory.delete(PREFIX + callId);
    },
    prune(at, keepCallId = null) {
      if (!storage) return;
      try {
        const stale: string[] = [];
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (!key?.startsWith(PREFIX) || key === PREFIX + keepCallId) continue;
          let updatedAt = 0;
          try {
            updatedAt = Number((JSON.parse(storage.getItem(key) ?? '{}') as Partial<Stored>).updatedAt) || 0;
          } catch {
            updatedAt = 0;
          }
          if (at - updatedAt > DRAFT_MAX_AGE_MS) stale.push(key);
        }
        for (const key of stale) storage.removeItem(key);
      } catch {
        // Nothing to prune without storage.
      }
    },
  };
}

/** The page's localStorage, or null where it is disabled. */
export function browserDraftStorage(): DraftStorage | null {
  try {
    const s = globalThis.localStorage;
    return s ?? null;
  } catch {
    return null;
  }
}
