import { selectConnection } from './selectors.js';
import { useAppStore } from './StoreContext.js';

/** Says plainly when lookups cannot work, so a failed screen pop is never a mystery. */
export function ConnectionBanner() {
  const connection = useAppStore(selectConnection);
  if (connection.state !== 'offline') return null;
  return (
    <div className="banner banner-offline" role="alert" data-testid="offline-banner">
      <strong>Offline.</strong> {connection.detail ?? 'The Heard backend cannot be reached.'} Lookups and search
      will fail until it is back; take notes on paper meanwhile.
    </div>
  );
}
