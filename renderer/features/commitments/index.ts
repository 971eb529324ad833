// Promises due: the banner, the due list, its slice, and the quick due times (1 hour,
// 4 pm, tomorrow...) that the call's promise dialog offers too, so both say the same.

export { DueBanner } from './DueBanner.js';
export { DueListDialog } from './DueListDialog.js';
export { createCommitmentsSlice, initialCommitmentsState, type CommitmentsSlice } from './commitmentsSlice.js';
export { dueChoices, resolveDue, toLocalInput, type DueChoiceId } from './dueChoices.js';
