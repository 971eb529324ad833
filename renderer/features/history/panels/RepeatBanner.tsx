import type { RepeatMark } from '../../../../core/model/history.js';
import { formatAgo } from '../../../shared/relativeTime.js';

/** The first thing on screen when the caller rang about this case recently: do not make them tell it again. */
export function RepeatBanner({ repeat, now }: { repeat: RepeatMark; now: number }) {
  return (
    <div className="banner banner-repeat" role="alert" data-testid="repeat-banner" data-case-number={repeat.caseNumber}>
      <span className="banner-tag">Repeat call:</span>{' '}
      <span data-testid="repeat-text">
        case <strong className="mono">{repeat.caseNumber}</strong> '{repeat.subject}' touched{' '}
        <strong>{formatAgo(repeat.lastTouchedAt, now)}</strong>
      </span>{' '}
      <span className="banner-hint">Don’t make them tell it again: read the last call first.</span>
    </div>
  );
}
