import { useState } from 'react';
import { useAppStoreApi } from '../../app/StoreContext.js';

/**
 * A form field whose text is also the call's draft for `field`: it survives the dialog
 * closing, another dialog opening and a reload, until the form is recorded.
 */
export function useDraftState(field: string, initial = ''): [string, (value: string) => void] {
  const store = useAppStoreApi();
  const [value, setValue] = useState(() => store.getState().draft(field) || initial);
  const set = (next: string) => {
    setValue(next);
    store.getState().setDraft(field, next);
  };
  return [value, set];
}
