// Any path the app has no page for.

import { Link } from '../router/router';

export function NotFoundPage() {
  return (
    <div className="empty-state">
      <h1>Page not found</h1>
      <p className="muted">
        Nothing lives at this address. <Link to="/problems">Browse the problems</Link>.
      </p>
    </div>
  );
}
