// The badge beside a premium member's name (navigation bar, settings). Shown from the account's
// role as the session knows it; the server checks every gate on its own.

import { hasPremium } from '../api/premium';

export function PremiumBadge({ role }: { role: string | undefined }) {
  if (!hasPremium(role)) return null;
  return (
    <span className="badge badge-premium premium-member" title="Premium member" data-testid="premium-badge">
      Premium
    </span>
  );
}
