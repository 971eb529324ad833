import { useEffect, useRef, useState } from 'react';
import type { CallView } from '../../../../core/api/schemas/call.js';
import { newId } from '../../../../core/model/ids.js';
import { LIMITS } from '../../../../core/model/limits.js';
import { useAppStore, useAppStoreApi } from '../../../app/StoreContext.js';
import { useFocusTarget } from '../../../app/useFocusTarget.js';
import { formatTimeOfDay } from '../../../shared/formatDate.js';

const DRAFT = 'note';
/** The id of a note sent but not confirmed: a retry re-sends the same event, never a second note. */
const PENDING = 'note.id';

/**
 * Notes while the caller talks. Enter adds the note (Shift+Enter is a new line); every
 * keystroke is kept as a draft for this call, so a reload or a crash loses nothing. Keyed
 * by call id by its parent, so two calls never share a draft.
 */
export function NotesPanel({ call }: { call: CallView }) {
  const store = useAppStoreApi();
  const record = useAppStore((s) => s.record);
  const [text, setText] = useState(() => store.getState().draft(DRAFT));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useFocusTarget('notes', ref);

  // The answer to a note may be lost (a reload mid-send); once the log has it, the draft is done.
  const pendingId = store.getState().draft(PENDING);
  useEffect(() => {
    if (pendingId && call.events.some((e) => e.id === pendingId)) {
      const s = store.getState();
      s.clearDraft(PENDING);
      s.clearDraft(DRAFT);
      setText('');
    }
  }, [call.events, pendingId, store]);

  const change = (value: string) => {
    setText(value);
    const s = store.getState();
    s.setDraft(DRAFT, value);
    // Different words are a different note: the old id must not carry them.
    if (s.draft(PENDING)) s.clearDraft(PENDING);
    setError(null);
  };

  const submit = async () => {
    const body = text.trim();
    if (!body || sending) return;
    const s = store.getState();
    const id = s.draft(PENDING) || newId();
    s.setDraft(PENDING, id);
    setSending(true);
    const result = await record({ id, type: 'note.added', body });
    setSending(false);
    const after = store.getState();
    if (result.ok) {
      after.clearDraft(PENDING);
      // Words typed while it was sending stay for the next note.
      if (after.draft(DRAFT).trim() === body) {
        after.clearDraft(DRAFT);
        setText('');
      }
    } else {
      setError(`Not saved: ${result.error.message} Your text is kept; press Enter to try again.`);
    }
  };

  const notes = call.state.notes;
  return (
    <section className="panel notes-panel" aria-labelledby="notes-title" data-testid="notes-panel">
      <h3 id="notes-title" className="panel-title">
        Notes <span className="panel-count">{notes.length}</span>
        <span className="panel-title-end muted">
          <kbd>Alt+N</kbd>
        </span>
      </h3>
      <textarea
        ref={ref}
        className="input notes-input"
        data-testid="note-input"
        aria-label="New note"
        placeholder="Type while they talk. Enter adds the note; Shift+Enter starts a new line."
        maxLength={LIMITS.noteBody}
        rows={3}
        value={text}
        onChange={(e) => change(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing || e.altKey) return;
          if (e.shiftKey && !e.ctrlKey && !e.metaKey) return;
          e.preventDefault();
          void submit();
        }}
      />
      <p className="notes-status">
        {error ? (
          <span className="field-error" role="alert" data-testid="note-error">
            {error}
          </span>
        ) : sending ? (
          <span className="muted">Saving…</span>
        ) : text.trim() ? (
          <span className="muted" data-testid="note-draft-state">
            Draft kept on this desk until you press <kbd>Enter</kbd>
          </span>
        ) : (
          <span className="muted">Hear the whole story first; write it so nobody asks again.</span>
        )}
      </p>
      {notes.length > 0 && (
        <ol className="notes call-notes" data-testid="call-notes">
          {[...notes].reverse().map((note) => (
            <li key={note.id} className="note" data-testid="live-note">
              <p className="note-body">{note.body}</p>
              <p className="note-meta">{formatTimeOfDay(note.at)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
