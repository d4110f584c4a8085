// The one call to action on every locked item (a problem, a hint tier, the editorial, the
// company filter): what premium unlocks here and a link to the pricing page.

import { Link } from '../router/router';
import { PremiumLock } from './PremiumLock';

interface Props {
  /** What is locked, as a sentence ("The editorial is for premium members."). */
  title: string;
  /** What upgrading gives, shown under the title. */
  detail?: string;
  testId?: string;
  compact?: boolean;
}

export function UpgradeCallout({ title, detail, testId = 'upgrade-callout', compact = false }: Props) {
  return (
    <div className={compact ? 'upgrade-callout compact' : 'upgrade-callout'} data-testid={testId}>
      <PremiumLock />
      <div className="upgrade-text">
        <strong>{title}</strong>
        {detail && <span className="muted small">{detail}</span>}
      </div>
      <Link to="/pricing" className="btn btn-premium" data-testid="upgrade-link">
        Upgrade to Premium
      </Link>
    </div>
  );
}
