import type { Result } from '../../core/api/result.js';

// A dialog's form: the text of its fields, the one problem shown under it, and whether a
// save is on its way. The call dialogs each wrote this out (a state per field, an edit that
// also clears the problem, a saving flag around the write, the refusal's words shown);
// here it is once, pure, so it is tested without a DOM. useForm is the React hook over it.

export type FormState<F extends string> = { values: Record<F, string>; problem: string | null; saving: boolean };

export type FormChange<F extends string> =
  | { kind: 'edit'; field: F; value: string }
  /** Why the form cannot go (a check, or the backend's words); also ends a save. */
  | { kind: 'refuse'; problem: string }
  | { kind: 'saving' }
  | { kind: 'saved' };

/** Where a form keeps its text as it is typed (the open call's drafts), so a reload loses nothing. */
export type FormDrafts = {
  read(key: string): string;
  write(key: string, value: string): void;
  clear(key: string): void;
};

export type FormOptions<F extends string> = {
  /** Each field's text when the form opens; a kept draft, unless empty, wins. */
  initial: Record<F, string>;
  /** Keep every field as a draft under `${prefix}.${field}`. */
  drafts?: { store: FormDrafts; prefix: string };
};

/** What a dialog uses: the values, props for each field, the problem, and the save. */
export type Form<F extends string> = {
  values: Readonly<Record<F, string>>;
  /** Props for a TextField or a KeyedChoices: an edit is kept as a draft and clears the problem. */
  field(name: F): { value: string; onChange(value: string): void };
  problem: string | null;
  refuse(problem: string): void;
  saving: boolean;
  /** Runs the write with the form marked saving; a refusal's message becomes the problem. */
  save<T>(write: () => Promise<Result<T>>): Promise<Result<T>>;
  /** Forgets the drafts once the form is recorded. */
  clearDrafts(): void;
};

const draftKey = (prefix: string, field: string) => `${prefix}.${field}`;

const fieldsOf = <F extends string>(initial: Record<F, string>) => Object.keys(initial) as F[];

export function openForm<F extends string>({ initial, drafts }: FormOptions<F>): FormState<F> {
  const values = { ...initial };
  if (drafts) for (const field of fieldsOf(initial)) values[field] = drafts.store.read(draftKey(drafts.prefix, field)) || initial[field];
  return { values, problem: null, saving: false };
}

export function changeForm<F extends string>(state: FormState<F>, change: FormChange<F>): FormState<F> {
  switch (change.kind) {
    case 'edit':
      return { ...state, values: { ...state.values, [change.field]: change.value }, problem: null };
    case 'refuse':
      return { ...state, problem: change.problem, saving: false };
    case 'saving':
      return { ...state, saving: true };
    case 'saved':
      return { ...state, saving: false };
  }
}

/** The handle a dialog holds, over the current state and a way to change it. */
export function formHandle<F extends string>(state: FormState<F>, dispatch: (change: FormChange<F>) => void, { initial, drafts }: FormOptions<F>): Form<F> {
  return {
    values: state.values,
    problem: state.problem,
    saving: state.saving,
    field: (name) => ({
      value: state.values[name],
      onChange(value) {
        drafts?.store.write(draftKey(drafts.prefix, name), value);
        dispatch({ kind: 'edit', field: name, value });
      },
    }),
    refuse: (problem) => dispatch({ kind: 'refuse', problem }),
    async save(write) {
      dispatch({ kind: 'saving' });
      const result = await write();
      dispatch(result.ok ? { kind: 'saved' } : { kind: 'refuse', problem: result.error.message });
      return result;
    },
    clearDrafts() {
      if (drafts) for (const field of fieldsOf(initial)) drafts.store.clear(draftKey(drafts.prefix, field));
    },
  };
}
