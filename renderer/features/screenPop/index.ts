// The screen pop's public face: what the shell and other features may use. A number comes
// in (typed in the number box, or pushed by a link or a softphone) and becomes one
// customer's history, a pick among several, or a new customer. Everything else in this
// folder is its own business.

export { NumberBox } from './NumberBox.js';
export { CandidatePicker } from './CandidatePicker.js';
export { NewCustomerForm } from './NewCustomerForm.js';
export { createScreenPopSlice, initialScreenPopState, type ScreenPopSlice } from './screenPopSlice.js';
export { selectPopSource } from './selectors.js';
