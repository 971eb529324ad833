// The customer history's public face: the screen a screen pop lands on, its panels (the call
// screen shows the same ones beside the call, so the caller never repeats their story), the
// case edit dialog, and the slices behind them.

export { HistoryScreen } from './HistoryScreen.js';
export { CallsPanel } from './panels/CallsPanel.js';
export { CasesPanel } from './panels/CasesPanel.js';
export { CommitmentsPanel } from './panels/CommitmentsPanel.js';
export { HandoversPanel } from './panels/HandoversPanel.js';
export { RepeatBanner } from './panels/RepeatBanner.js';
export { CaseEditDialog } from './caseEdit/CaseEditDialog.js';
export { casesToOffer } from './selectors.js';
export { createCustomerSlice, type CustomerSlice } from './customerSlice.js';
export { createCaseEditSlice, initialCaseEditState, type CaseEditSlice } from './caseEdit/caseEditSlice.js';
