import { useAppStoreApi } from '../../app/StoreContext.js';
import type { Form } from '../../shared/form.js';
import { useForm } from '../../shared/useForm.js';

/**
 * A call dialog's form whose every field is also the call's draft (`${prefix}.${field}`):
 * the text survives the dialog closing, another dialog opening and a reload, until the form
 * is recorded (then clearDrafts).
 */
export function useCallForm<F extends string>(prefix: string, initial: Record<F, string>): Form<F> {
  const store = useAppStoreApi();
  const drafts = {
    read: (key: string) => store.getState().draft(key),
    write: (key: string, value: string) => store.getState().setDraft(key, value),
    clear: (key: string) => store.getState().clearDraft(key),
  };
  return useForm({ initial, drafts: { store: drafts, prefix } });
}
