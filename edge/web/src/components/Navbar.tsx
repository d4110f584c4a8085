// Top bar: brand, main links, the theme picker, and who is logged in (with Log out) or the
// log-in links.

import { logOut } from '../auth/session';
import { useSession } from '../auth/useSession';
import { PremiumBadge } from '../premium/PremiumBadge';
import { Link, useLocation } from '../router/router';
import { ThemeToggle } from '../theme/ThemeToggle';

export function Navbar() {
  const session = useSession();
  const { pathname, search } = useLocation();
  // Coming back to the page you were on after logging in is what people expect.
  const here = search.size ? `${pathname}?${search}` : pathname;
  const next = pathname === '/login' || pathname === '/signup' ? '' : `?next=${encodeURIComponent(here)}`;

  return (
    <header className="navbar">
      <Link to="/" className="brand" data-testid="nav-home">
        <span className="brand-mark">{'</>'}</span> AlgoArena
      </Link>
      <nav className="nav-links">
        <Link to="/problems" data-testid="nav-problems" className={pathname.startsWith('/problems') || pathname === '/' ? 'active' : ''}>
          Problems
        </Link>
        <Link to="/contests" data-testid="nav-contests" className={pathname.startsWith('/contests') ? 'active' : ''}>
          Contests
        </Link>
        <Link to="/pricing" data-testid="nav-pricing" className={pathname === '/pricing' ? 'active' : ''}>
          Premium
        </Link>
      </nav>
      <div className="nav-user">
        <ThemeToggle />
        {session.status === 'authenticated' && (
          <>
            <span className="nav-username" data-testid="nav-username">
              {session.user.username}
            </span>
            <PremiumBadge role={session.user.role} />
            <Link to="/bookmarks" className="btn btn-ghost" data-testid="nav-bookmarks">
              Bookmarks
            </Link>
            <Link to="/submissions" className="btn btn-ghost" data-testid="nav-submissions">
              Submissions
            </Link>
            <Link to="/dashboard" className="btn btn-ghost" data-testid="nav-dashboard">
              Dashboard
            </Link>
            <Link to="/settings" className="btn btn-ghost" data-testid="nav-settings">
              Settings
            </Link>
            <button type="button" className="btn btn-ghost" data-testid="nav-logout" onClick={() => void logOut()}>
              Log out
            </button>
          </>
        )}
        {session.status === 'anonymous' && (
          <>
            <Link to={`/login${next}`} className="btn btn-ghost" data-testid="nav-login">
              Log in
            </Link>
            <Link to={`/signup${next}`} className="btn btn-primary" data-testid="nav-signup">
              Sign up
            </Link>
          </>
        )}
      </div>
    </header>
  );
}
