import { useEffect } from 'react';
import { useAppStoreApi } from '../../../app/StoreContext.js';
import { holdAlert, holdNow } from './holdNow.js';

/**
 * The UI's own watch over the hold deadlines, beside the backend's push: after a reload,
 * or if a push is lost, the prompt still sounds on time. Runs for the whole window (not
 * only the call screen): a rep who went to search mid-hold must still hear it.
 */
export function useHoldAlerts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const check = () => {
      const s = store.getState();
      if (!s.call) return;
      const alert = holdAlert(s.call, holdNow(s.call, s.callNow()));
      if (alert) s.fireHoldAlert(alert.kind, alert.key);
    };
    const id = setInterval(check, 250);
    return () => clearInterval(id);
  }, [store]);
}
