import { useAppStore } from '../../app/StoreContext.js';
import { AbuseDialog } from './mood/AbuseDialog.js';
import { HandoverDialog } from './handover/HandoverDialog.js';
import { MethodDialog } from './script/MethodDialog.js';
import { MoodDialog } from './mood/MoodDialog.js';
import { PromiseDialog } from './PromiseDialog.js';
import { selectCall, selectCallPanel } from './selectors.js';
import { StartCallDialog } from './StartCallDialog.js';
import { WrapUpDialog } from './wrapUp/WrapUpDialog.js';

/** Whichever call dialog is open; at most one, so a key always lands somewhere obvious. */
export function CallDialogs() {
  const panel = useAppStore(selectCallPanel);
  const call = useAppStore(selectCall);
  const screen = useAppStore((s) => s.screen);
  if (panel === 'start') {
    return screen.kind === 'history' && !call ? <StartCallDialog history={screen.history} number={screen.number} /> : null;
  }
  if (!call) return null;
  switch (panel) {
    case 'method':
      return <MethodDialog call={call} />;
    case 'mood':
      return <MoodDialog call={call} />;
    case 'abuse':
      return <AbuseDialog call={call} />;
    case 'promise':
      return <PromiseDialog key={call.callId} call={call} />;
    case 'transfer':
      return <HandoverDialog key="transfer" call={call} kind="transfer" />;
    case 'escalate':
      return <HandoverDialog key="escalate" call={call} kind="escalate" />;
    case 'wrapUp':
      return <WrapUpDialog call={call} />;
    default:
      return null;
  }
}
