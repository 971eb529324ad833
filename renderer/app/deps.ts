import type { ApiClient } from '../../core/api/client.js';
import type { Alerts } from '../shared/alerts.js';
import type { Drafts } from '../shared/drafts.js';
import type { Timers } from '../shared/timers.js';

/** What the store's actions need from outside; tests pass fakes. */
export type StoreDeps = {
  api: ApiClient;
  timers: Timers;
  /** The local clock; the store corrects it by the backend's offset (see connectionSlice). */
  now: () => number;
  /** Sound and OS notification for hold prompts and promises falling due. */
  alerts: Alerts;
  /** Unsent text per call (notes, wrap-up), kept across reloads. */
  drafts: Drafts;
};
