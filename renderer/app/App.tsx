import { DueBanner } from '../features/commitments/DueBanner.js';
import { DueListDialog } from '../features/commitments/DueListDialog.js';
import { CaseEditDialog } from '../features/history/caseEdit/CaseEditDialog.js';
import { CallDialogs } from '../features/call/CallDialogs.js';
import { HoldPromptBanner } from '../features/call/hold/HoldPromptBanner.js';
import { ReturnToCall } from '../features/call/ReturnToCall.js';
import { useHoldAlerts } from '../features/call/hold/useHoldAlerts.js';
import { SyncDialog } from '../features/sync/SyncDialog.js';
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
