import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { pickTransport } from './api/client.js';
import { App } from './app/App.js';
import { StoreProvider } from './app/StoreContext.js';
import { createAppStore } from './app/store.js';
import { wireEvents } from './app/wireEvents.js';
import { browserAlerts } from './shared/alerts.js';
import { browserDraftStorage, createDrafts } from './shared/drafts.js';

// zod 4 probes `new Function` to speed up parsing; our CSP has no 'unsafe-eval', so the
// probe would only log a CSP violation. Tell it not to try.
z.config({ jitless: true });

const transport = pickTransport(window);
const storage = browserDraftStorage();
const store = createAppStore({
  api: transport.api,
  // In Electron the main process owns OS notifications; the page only plays the sound.
  alerts: browserAlerts(window, { notifications: transport.kind === 'websocket', storage }),
  drafts: createDrafts(storage),
});
wireEvents(transport.api, transport.connection, store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
