import { useReducer } from 'react';
import { changeForm, formHandle, openForm, type Form, type FormOptions } from './form.js';

/**
 * A dialog's fields, its one problem and its save, in one hook (see form.ts). `initial` is
 * read when the form opens only, as useState's initial value is.
 */
export function useForm<F extends string>(options: FormOptions<F>): Form<F> {
  const [state, dispatch] = useReducer(changeForm<F>, options, openForm<F>);
  return formHandle(state, dispatch, options);
}
