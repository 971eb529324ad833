import type { StateCreator } from 'zustand/vanilla';
import type { ApiError, Result } from '../../../core/api/result.js';
import type { CallSnapshot, CallView, RecordableEvent } from '../../../core/api/schemas/call.js';
import { callView } from '../../../core/call/view.js';
import type { ScriptDefinition } from '../../../core/call/scripts/schema.js';
import { BUILT_IN_SCRIPTS } from '../../../core/call/scripts/catalog.js';
import type { CustomerHistory } from '../../../core/model/history.js';
import { newId } from '../../../core/model/ids.js';
import type { StoreDeps } from '../../app/deps.js';
import type { PoppedNumber } from '../../app/screenSlice.js';
import type { AppState } from '../../app/state.js';
import { HOLD_PHRASES } from '../../../core/call/holdPhrases.js';
import type { EventPayload } from '../../../core/api/events.js';
import { holdAlertKey, type HoldAlertKind } from './hold/holdNow.js';
import type { RecordInput } from './recordInput.js';

export type StartCallRequest = {
  /** Made once per start dialog, so a retried start is the same call. */
  callId: string;
  customerId: string;
  caseId: string | null;
  newCaseSubject?: string;
  phone: string;
  scriptId: string;
};

export type RecordOptions = {
  /** The caller shows the error itself (the wrap-up dialog); don't also raise the call's error bar. */
  quiet?: boolean;
};

export type LiveSlice = {
  /** The open call, folded by core/call/view.ts from the backend's last snapshot; the backend (SQLite) is the truth. */
  call: CallView | null;
  /** The backend's call clock minus the local clock, from the last snapshot. */
  callClockOffsetMs: number;
  /** The caller's history, kept beside the call so the rep never loses sight of it. */
  callHistory: CustomerHistory | null;
  callNumber: PoppedNumber | null;
  scripts: readonly ScriptDefinition[];
  /** Custom script files that failed to load, each naming the file and the field. */
  scriptProblems: readonly string[];
  /** The last refused write on the call, in the backend's words. */
  callError: ApiError | null;
  /** Writes in flight; wrap-up waits for them. */
  callWrites: number;
  startPending: boolean;
  startError: string | null;
  startCall(request: StartCallRequest): Promise<boolean>;
  /** Appends one event; the answer (the call as it now stands) replaces ours. */
  record(event: RecordInput, options?: RecordOptions): Promise<Result<CallView>>;
  refreshCall(): Promise<void>;
  /** At start and on reconnect: a call still open on this desk comes straight back. */
  resumeActiveCall(): Promise<void>;
  /** Shows the call a snapshot describes (`localAt`: the local time it was made, for the clock offset). */
  acceptCall(snapshot: CallSnapshot, localAt: number): void;
  /** The backend says a call's log grew (this window's write, another window's, the hold timer): the pushed call is shown as it is, not read again. */
  onCallChanged(payload: EventPayload<'call.changed'>): void;
  showCall(): void;
  loadScripts(): Promise<void>;
  dismissCallError(): void;
  /** Now, by the call's (backend) clock. */
  callNow(): number;
  /** Sound + OS notification for a hold prompt, once per key (push and tick both call it). */
  fireHoldAlert(kind: HoldAlertKind, key: string): void;
  /** A key press or click: lets the alert sound start later (browsers need a gesture first). */
  unlockAlerts(): void;
  /** The backend's hold timer fired. */
  onHoldPrompt(prompt: EventPayload<'hold.prompt'>): void;
  /** The call we showed has ended: drafts go, the caller's history comes back with it in. */
  leaveEndedCall(view: CallView): void;
  /** The call just ended, for the "saved" line on the history screen. */
  lastEnded: { callId: string; customerId: string; customerName: string } | null;
  draft(field: string): string;
  setDraft(field: string, value: string): void;
  clearDraft(field: string): void;
};

export const initialLiveState = {
  call: null as CallView | null,
  callClockOffsetMs: 0,
  callHistory: null as CustomerHistory | null,
  callNumber: null as PoppedNumber | null,
  scripts: BUILT_IN_SCRIPTS as readonly ScriptDefinition[],
  scriptProblems: [] as readonly string[],
  callError: null as ApiError | null,
  callWrites: 0,
  startPending: false,
  startError: null as string | null,
  lastEnded: null as { callId: string; customerId: string; customerName: string } | null,
};

export const createLiveSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], LiveSlice> =>
  (set, get) => {
    // Writes go one at a time, in the order the rep pressed the keys ("yes" before "hold").
    let queue: Promise<unknown> = Promise.resolve();
    // Alert keys already sounded; a page reload starts afresh (one reminder after a reload is right).
    const alerted = new Set<string>();

    async function loadHistory(customerId: string): Promise<void> {
      const result = await deps.api.call('customers.history', { customerId });
      if (result.ok && get().call?.customer.id === customerId) set({ callHistory: result.value });
    }

    async function send(event: RecordInput, options: RecordOptions): Promise<Result<CallView>> {
      const call = get().call;
      if (!call) return { ok: false, error: { code: 'NOT_FOUND', message: 'No call is open.' } };
      const full = { ...event, id: event.id ?? newId() } as RecordableEvent;
      const sentAt = deps.now();
      set({ callWrites: get().callWrites + 1 });
      const result = await deps.api.call('call.record', { callId: call.callId, event: full });
      set({ callWrites: Math.max(0, get().callWrites - 1) });
      if (!result.ok) {
        if (!options.quiet) set({ callError: result.error });
        return result;
      }
      const view = callView(result.value);
      showView(view, (sentAt + deps.now()) / 2);
      if (get().callError && !options.quiet) set({ callError: null });
      return { ok: true, value: view };
    }

    // One ordered channel carries answers and pushed calls, and the backend answers in the
    // order it wrote, so the last call to arrive is the newest: no answer needs sorting out.
    function showView(view: CallView, localAt: number): void {
      if (view.state.endedAt !== null) {
        // Only the call on screen can be left; a late copy of one already left is old news.
        if (get().call?.callId === view.callId) get().leaveEndedCall(view);
        return;
      }
      set({ call: view, callClockOffsetMs: Math.round(view.now - localAt) });
    }

    return {
      ...initialLiveState,
      async startCall(request) {
        if (get().startPending) return false;
        set({ startPending: true, startError: null });
        const screen = get().screen;
        const sentAt = deps.now();
        const result = await deps.api.call('call.start', {
          callId: request.callId,
          customerId: request.customerId,
          caseId: request.caseId,
          ...(request.newCaseSubject ? { newCaseSubject: request.newCaseSubject } : {}),
          phone: request.phone,
          direction: 'inbound',
          scriptId: request.scriptId,
        });
        if (!result.ok) {
          set({ startPending: false, startError: result.error.message });
          return false;
        }
        const history = screen.kind === 'history' && screen.history.customer.id === request.customerId ? screen.history : null;
        set({
          startPending: false,
          callHistory: history,
          callNumber: screen.kind === 'history' ? screen.number : null,
          callError: null,
        });
        get().acceptCall(result.value, (sentAt + deps.now()) / 2);
        deps.alerts.askPermission();
        deps.drafts.prune(deps.now(), result.value.callId);
        get().showCall();
        if (!history) void loadHistory(request.customerId);
        return true;
      },
      record(event, options = {}) {
        const run = queue.then(() => send(event, options));
        queue = run.catch(() => undefined);
        return run;
      },
      async refreshCall() {
        const call = get().call;
        if (!call) return;
        const sentAt = deps.now();
        const result = await deps.api.call('call.get', { callId: call.callId });
        // The rep may have left this call (it ended) while the answer was on its way.
        if (result.ok && get().call?.callId === call.callId) get().acceptCall(result.value, (sentAt + deps.now()) / 2);
      },
      async resumeActiveCall() {
        const sentAt = deps.now();
        const result = await deps.api.call('call.active', {});
        if (!result.ok) return;
        const snapshot = result.value.call;
        if (!snapshot) {
          // The call we show was ended elsewhere (another window): it is no longer live.
          if (get().call && !get().call?.state.endedAt) await get().refreshCall();
          return;
        }
        const wasShowing = get().call?.callId === snapshot.callId;
        get().acceptCall(snapshot, (sentAt + deps.now()) / 2);
        if (!wasShowing) {
          set({ callHistory: null, callNumber: null });
          get().showCall();
          void loadHistory(snapshot.customer.id);
        }
      },
      acceptCall(snapshot, localAt) {
        showView(callView(snapshot), localAt);
      },
      onCallChanged({ callId, call }) {
        if (get().call?.callId === callId) get().acceptCall(call, deps.now());
        // A call started in another window of this desk: take it up if it is this desk's live call.
        else if (!get().call) void get().resumeActiveCall();
      },
      leaveEndedCall(view) {
        const number = get().callNumber;
        deps.drafts.clear(view.callId);
        set({ call: null, callHistory: null, callNumber: null, callError: null, lastEnded: { callId: view.callId, customerId: view.customer.id, customerName: view.customer.name } });
        get().closePanel();
        // Screen pop again: the history now lists this call with its notes, mood and outcome.
        void get().openCustomer(view.customer.id, number);
      },
      fireHoldAlert(kind, key) {
        const call = get().call;
        if (!call || alerted.has(key)) return;
        alerted.add(key);
        const name = call.customer.name;
        if (kind === 'checkin_late') {
          deps.alerts.sound('late');
          deps.alerts.notify(`LATE: check in with ${name}`, HOLD_PHRASES.checkin, `hold-${call.callId}`);
        } else if (kind === 'checkin_due') {
          deps.alerts.sound('due');
          deps.alerts.notify(`Check in with ${name} now`, HOLD_PHRASES.checkin, `hold-${call.callId}`);
        } else {
          deps.alerts.sound('due');
          deps.alerts.notify(`Offer ${name} a callback`, HOLD_PHRASES.callback, `hold-${call.callId}`);
        }
      },
      unlockAlerts() {
        deps.alerts.unlock();
      },
      onHoldPrompt(prompt) {
        const call = get().call;
        if (!call || call.callId !== prompt.callId) return;
        const startedAt = call.hold.startedAt ?? 0;
        // The prompt carries the backend's call clock, which is all the screen needs to show it
        // (prompts derive from times); the timer's record of it arrives as call.changed.
        set({ callClockOffsetMs: Math.round(prompt.firedAt - deps.now()) });
        get().fireHoldAlert(prompt.kind, holdAlertKey(call.callId, startedAt, prompt.kind, prompt.checkinNumber));
      },
      showCall() {
        if (!get().call) return;
        if (get().screen.kind !== 'call') get().beginNav({ kind: 'call' });
      },
      async loadScripts() {
        const result = await deps.api.call('scripts.list', {});
        if (!result.ok) return;
        // The built-ins stay when the list is empty; a broken custom file is shown, not hidden.
        set({ scriptProblems: result.value.problems, ...(result.value.scripts.length > 0 ? { scripts: result.value.scripts } : {}) });
      },
      dismissCallError() {
        set({ callError: null });
      },
      callNow() {
        return deps.now() + (get().call ? get().callClockOffsetMs : get().clockOffsetMs);
      },
      draft(field) {
        const call = get().call;
        return call ? deps.drafts.get(call.callId, field) : '';
      },
      setDraft(field, value) {
        const call = get().call;
        if (call) deps.drafts.set(call.callId, field, value);
      },
      clearDraft(field) {
        const call = get().call;
        if (call) deps.drafts.clearField(call.callId, field);
      },
    };
  };
