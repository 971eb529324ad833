import type { ConnectionSlice } from './connectionSlice.js';
import type { ScreenSlice } from './screenSlice.js';
import type { UiSlice } from './uiSlice.js';
import type { CallSlice } from '../features/screenPop/screenPopSlice.js';
import type { CustomerSlice } from '../features/history/customerSlice.js';
import type { SearchSlice } from '../features/search/searchSlice.js';
import type { LiveSlice } from '../features/call/liveSlice.js';
import type { CallUiSlice } from '../features/call/callUiSlice.js';
import type { CommitmentsSlice } from '../features/commitments/commitmentsSlice.js';
import type { CaseEditSlice } from '../features/history/caseEdit/caseEditSlice.js';
import type { SyncSlice } from '../features/sync/syncSlice.js';

/** The one store, composed from feature slices (each file owns its part). */
export type AppState = ConnectionSlice &
  ScreenSlice &
  UiSlice &
  CallSlice &
  CustomerSlice &
  SearchSlice &
  LiveSlice &
  CallUiSlice &
  CommitmentsSlice &
  CaseEditSlice &
  SyncSlice;
