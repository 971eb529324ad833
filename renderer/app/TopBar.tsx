import { NumberBox } from '../features/screenPop/index.js';
import { SearchBox } from '../features/search/index.js';
import { SyncPill } from '../features/sync/index.js';
import { selectConnection, selectRepName } from './selectors.js';
import { useAppStore } from './StoreContext.js';

// The page's link to this desk's own backend (not the team server: the sync pill says that).
const STATE_LABEL = { connecting: 'Starting…', online: 'Ready', offline: 'App stopped' } as const;
const STATE_TITLE = {
  connecting: 'Connecting to this desk’s backend',
  online: 'This desk’s backend answers: lookups and saving work',
  offline: 'This desk’s backend does not answer: lookups and saving fail',
} as const;

export function TopBar() {
  const connection = useAppStore(selectConnection);
  const repName = useAppStore(selectRepName);
  const setHelpOpen = useAppStore((s) => s.setHelpOpen);
  return (
    <header className="topbar">
      <div className="brand" aria-label="Heard">
        Heard
      </div>
      <NumberBox />
      <SearchBox />
      <div className="topbar-end">
        {repName && <span className="rep-name" title="Signed in">{repName}</span>}
        <SyncPill />
        <span className={`conn conn-${connection.state}`} data-testid="connection-state" data-state={connection.state} title={STATE_TITLE[connection.state]}>
          <span className="conn-dot" aria-hidden="true" />
          {STATE_LABEL[connection.state]}
        </span>
        <button type="button" className="help-button" onClick={() => setHelpOpen(true)} title="Keyboard shortcuts (?)">
          ? Keys
        </button>
      </div>
    </header>
  );
}
