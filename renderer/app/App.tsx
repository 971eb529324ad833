import { ConnectionBanner } from './ConnectionBanner.js';
import { HelpOverlay } from './HelpOverlay.js';
import { ScreenView } from './ScreenView.js';
import { TopBar } from './TopBar.js';
import { useGlobalShortcuts } from './useGlobalShortcuts.js';

/** The shell: what is always there (number box, search, connection) above the one screen. */
export function App() {
  useGlobalShortcuts();
  return (
    <div className="app">
      <TopBar />
      <ConnectionBanner />
      <main className="main" data-testid="main">
        <ScreenView />
      </main>
      <HelpOverlay />
    </div>
  );
}
