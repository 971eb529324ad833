import type { StateCreator } from 'zustand/vanilla';
import type { EventPayload } from '../../../core/api/events.js';
import type { StoreDeps } from '../../app/deps.js';
import type { AppState } from '../../app/state.js';
import { moveIndex } from '../../shared/listNav.js';
import { NO_ERRORS, splitFieldErrors, type FormErrors } from './fieldErrors.js';

export type PopSource = 'typed' | EventPayload<'screenPop.requested'>['source'];

/** What the rep typed into the new-customer form; phones raw, the backend normalizes. */
export type NewCustomerForm = { id: string; name: string; email: string; phones: string[] };

export type ScreenPopSlice = {
  /** The text in the number box. */
  numberText: string;
  /** The backend's message for the last lookup, shown under the number box. */
  lookupError: string | null;
  /** Where the current screen pop came from (typed, or a link / softphone / --call). */
  popSource: PopSource | null;
  /** Highlighted row of the customer picker (match 'many'). */
  pickActive: number;
  newCustomer: { pending: boolean; errors: FormErrors };
  setNumberText(text: string): void;
  /** Screen pop: the same path whether the rep typed the number or a link sent it. */
  lookup(raw: string, source?: PopSource): Promise<void>;
  movePick(delta: number): void;
  setPickActive(index: number): void;
  pickCandidate(index: number): Promise<void>;
  createCustomer(form: NewCustomerForm): Promise<boolean>;
};

export const initialScreenPopState = {
  numberText: '',
  lookupError: null as string | null,
  popSource: null as PopSource | null,
  pickActive: 0,
  newCustomer: { pending: false, errors: NO_ERRORS },
};

export const createScreenPopSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ScreenPopSlice> =>
  (set, get) => ({
    ...initialScreenPopState,
    setNumberText(text) {
      set({ numberText: text, lookupError: null });
    },
    async lookup(raw, source = 'typed') {
      const shown = raw.trim();
      set({ numberText: raw, lookupError: null, popSource: source });
      const seq = get().beginNav({ kind: 'loading', label: `Looking up ${shown || 'the number'}…` });
      const result = await deps.api.call('screenPop.lookup', { number: raw });
      if (get().navSeq !== seq) return;
      if (!result.ok) {
        // Malformed number, backend down: the message goes where the rep typed, the main
        // area goes blank rather than keep showing the previous caller.
        set({ lookupError: result.error.message });
        get().finishNav(seq, { kind: 'idle' });
        get().requestFocus('number');
        return;
      }
      const { number, match, candidates, history } = result.value;
      set({ numberText: number.display });
      if (match === 'one' && history) {
        get().finishNav(seq, { kind: 'history', history, number });
        get().requestFocus('history');
      } else if (match === 'many') {
        set({ pickActive: 0 });
        get().finishNav(seq, { kind: 'pick', number, candidates });
        get().requestFocus('picker');
      } else {
        set({ newCustomer: { pending: false, errors: NO_ERRORS } });
        get().finishNav(seq, { kind: 'new', number });
        get().requestFocus('newName');
      }
    },
    movePick(delta) {
      const { screen, pickActive } = get();
      if (screen.kind !== 'pick') return;
      set({ pickActive: moveIndex(pickActive, delta, screen.candidates.length) });
    },
    setPickActive(index) {
      set({ pickActive: index });
    },
    async pickCandidate(index) {
      const screen = get().screen;
      if (screen.kind !== 'pick') return;
      const candidate = screen.candidates[index];
      if (!candidate) return;
      set({ pickActive: index });
      await get().openCustomer(candidate.id, screen.number);
    },
    async createCustomer(form) {
      const screen = get().screen;
      if (screen.kind !== 'new' || get().newCustomer.pending) return false;
      set({ newCustomer: { pending: true, errors: NO_ERRORS } });
      // Blank rows are dropped; `rows` maps a sent phone back to its row in the form.
      const rows = form.phones.flatMap((p, i) => (p.trim() === '' ? [] : [i]));
      const phones = rows.map((i) => form.phones[i] as string);
      const email = form.email.trim();
      const result = await deps.api.call('customers.create', {
        id: form.id,
        name: form.name,
        ...(email ? { email } : {}),
        phones,
      });
      if (get().screen !== screen) return false; // The rep moved on meanwhile.
      if (!result.ok) {
        const errors = remapPhoneRows(splitFieldErrors(result.error, phones), rows);
        set({ newCustomer: { pending: false, errors } });
        return false;
      }
      set({ newCustomer: { pending: false, errors: NO_ERRORS } });
      await get().openCustomer(result.value.customer.id, screen.number);
      return true;
    },
  });

function remapPhoneRows(errors: FormErrors, rows: readonly number[]): FormErrors {
  const fields: Record<string, string> = {};
  for (const [key, message] of Object.entries(errors.fields)) {
    const m = /^phones\.(\d+)$/.exec(key);
    const row = m ? rows[Number(m[1])] : undefined;
    fields[m && row !== undefined ? `phones.${row}` : key] = message;
  }
  return { fields, general: errors.general };
}
