import type { ConnectionSlice } from './connectionSlice.js';
import type { ScreenSlice } from './screenSlice.js';
import type { UiSlice } from './uiSlice.js';
import type { ScreenPopSlice } from '../features/screenPop/index.js';
import type { CustomerSlice, CaseEditSlice } from '../features/history/index.js';
import type { SearchSlice } from '../features/search/index.js';
import type { LiveSlice, CallUiSlice } from '../features/call/index.js';
import type { CommitmentsSlice } from '../features/commitments/index.js';
import type { SyncSlice } from '../features/sync/index.js';

/** The one store, composed from feature slices (each file owns its part). */
export type AppState = ConnectionSlice &
  ScreenSlice &
  UiSlice &
  ScreenPopSlice &
  CustomerSlice &
  SearchSlice &
  LiveSlice &
  CallUiSlice &
  CommitmentsSlice &
  CaseEditSlice &
  SyncSlice;
