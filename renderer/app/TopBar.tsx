import { NumberBox } from '../features/call/NumberBox.js';
import { SearchBox } from '../features/search/SearchBox.js';
import { selectConnection, selectRepName } from './selectors.js';
import { useAppStore } from './StoreContext.js';

const STATE_LABEL = { connecting: 'Connecting…', online: 'Online', offline: 'Offline' } as const;

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
        <span className={`conn conn-${connection.state}`} data-testid="connection-state" data-state={connection.state}>
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
