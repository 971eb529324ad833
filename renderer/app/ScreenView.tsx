import { CandidatePicker, NewCustomerForm } from '../features/screenPop/index.js';
import { HistoryScreen } from '../features/history/index.js';
import { CallScreen } from '../features/call/index.js';
import { IdleScreen } from './IdleScreen.js';
import { selectScreen } from './selectors.js';
import { useAppStore } from './StoreContext.js';

export function ScreenView() {
  const screen = useAppStore(selectScreen);
  switch (screen.kind) {
    case 'idle':
      return <IdleScreen />;
    case 'loading':
      return (
        <div className="state state-loading" data-testid="screen-loading" aria-busy="true" role="status">
          <span className="spinner" aria-hidden="true" />
          {screen.label}
        </div>
      );
    case 'pick':
      return <CandidatePicker number={screen.number} candidates={screen.candidates} />;
    case 'new':
      // Keyed by number so a second unknown caller gets a fresh form (and a fresh id).
      return <NewCustomerForm key={screen.number.e164} number={screen.number} />;
    case 'history':
      return <HistoryScreen history={screen.history} number={screen.number} />;
    case 'call':
      return <CallScreen />;
    case 'error':
      return (
        <div className="state state-error" data-testid="screen-error" role="alert">
          <h2>{screen.title}</h2>
          <p>{screen.message}</p>
        </div>
      );
  }
}
