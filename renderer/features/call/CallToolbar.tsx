import type { CallView } from '../../../core/api/schemas/call.js';
import { chordLabel, type LiveAction, type LIVE_LETTERS } from '../../app/liveShortcuts.js';
import { useAppStore } from '../../app/StoreContext.js';
import { holdNow } from './hold/holdNow.js';

type Tool = { kind: keyof typeof LIVE_LETTERS; label: string; tone?: 'danger' | 'primary' };

/**
 * Every live-call action as a button with its key: the rep learns the keys by seeing them
 * where they would otherwise click, and a mouse still works on a bad day. (All the keys:
 * F1 or ?, and the "? Keys" button in the top bar.)
 */
export function CallToolbar({ call, now }: { call: CallView; now: number }) {
  const run = useAppStore((s) => s.runLiveAction);
  const hold = holdNow(call, now);
  const holdLabel = hold.onHold ? 'Resume' : hold.permission === 'granted' ? 'Start hold' : 'Hold…';
  const tools: Tool[] = [
    { kind: 'notes', label: 'Notes' },
    { kind: 'hold', label: holdLabel, tone: hold.onHold ? 'primary' : undefined },
    { kind: 'callback', label: 'Callback' },
    { kind: 'promise', label: 'Promise' },
    { kind: 'method', label: 'Method' },
    { kind: 'mood', label: 'Mood' },
    { kind: 'abuse', label: 'Abusive', tone: 'danger' },
    { kind: 'transfer', label: 'Transfer' },
    { kind: 'escalate', label: 'Escalate' },
    { kind: 'closing', label: 'Closing' },
    { kind: 'wrapUp', label: 'Wrap up', tone: 'primary' },
  ];
  return (
    <nav className="calltools" aria-label="Call actions" data-testid="call-toolbar">
      {tools.map((t) => (
        <button
          key={t.kind}
          type="button"
          className={`tool${t.tone ? ` tool-${t.tone}` : ''}`}
          data-testid={`tool-${t.kind}`}
          onClick={() => run({ kind: t.kind } as LiveAction)}
        >
          <span>{t.label}</span>
          <kbd>{chordLabel(t.kind)}</kbd>
        </button>
      ))}
    </nav>
  );
}
