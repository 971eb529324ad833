import { DueBanner, DueListDialog } from '../features/commitments/index.js';
import { CaseEditDialog } from '../features/history/index.js';
import { CallDialogs, HoldPromptBanner, ReturnToCall, useHoldAlerts } from '../features/call/index.js';
import { SyncDialog } from '../features/sync/index.js';
import { ConnectionBanner } from './ConnectionBanner.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ScreenView } from './ScreenView.js';
import { TopBar } from './TopBar.js';
import { useGlobalShortcuts } from './useGlobalShortcuts.js';

/**
 * The shell: what is always there (number box, search, sync, connection) above the one screen.
 * The banners that must reach the rep wherever they are (a hold check-in, a promise due,
 * the call they left to look something up) sit here too.
 */
export function App() {
  useGlobalShortcuts();
  useHoldAlerts();
  return (
    <div className="app">
      <TopBar />
      <div className="shell-banners">
        <ConnectionBanner />
        <HoldPromptBanner />
        <DueBanner />
        <ReturnToCall />
      </div>
      <main className="main" data-testid="main">
        <ScreenView />
      </main>
      <CallDialogs />
      <DueListDialog />
      <CaseEditDialog />
      <SyncDialog />
      <HelpOverlay />
    </div>
  );
}
