// Log in with email and password (then the 2FA code, or the e-mail code for an address not yet
// confirmed), then go back to where the user came from (`?next=`, same-site paths only).

import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { logIn } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { CodeStep } from '../components/CodeStep';
import { Field } from '../components/Field';
import { OAuthButtons, oauthError } from '../components/OAuthButtons';
import { TwoFactorStep } from '../components/TwoFactorStep';
import { Link, navigate, safeNext, useLocation } from '../router/router';

export function LoginPage() {
  const { search } = useLocation();
  const next = safeNext(search.get('next'));
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(() => oauthError(search.get('error')));
  const [busy, setBusy] = useState(false);
  // An OAuth sign-in of an account with 2FA comes back as /login#pending=<token>.
  const [pendingToken, setPendingToken] = useState<string | null>(() => new URLSearchParams(window.location.hash.slice(1)).get('pending'));
  const [unverified, setUnverified] = useState(false);

  // Already logged in (e.g. the session was restored from the cookie): nothing to do here.
  useEffect(() => {
    if (session.status === 'authenticated') navigate(next, { replace: true });
  }, [session.status, next]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await logIn(email.trim(), password);
      if (result.status === 'two-factor') {
        setPendingToken(result.pendingToken);
        setBusy(false);
        return;
      }
      navigate(next, { replace: true });
    } catch (err) {
      if (err instanceof ApiError && err.code === 'email_not_verified') setUnverified(true);
      setError(messageOf(err));
      setBusy(false);
    }
  }

  if (pendingToken) {
    return (
      <div className="auth-card">
        <h1>Two-factor authentication</h1>
        <TwoFactorStep pendingToken={pendingToken} onDone={() => navigate(next, { replace: true })} />
      </div>
    );
  }

  if (unverified) {
    return (
      <div className="auth-card">
        <h1>Confirm your email</h1>
        <CodeStep email={email.trim()} onResult={(r) => (r.status === 'two-factor' ? setPendingToken(r.pendingToken) : navigate(next, { replace: true }))} />
      </div>
    );
  }

  return (
    <div className="auth-card">
      <h1>Log in</h1>
      <p className="muted">Welcome back. Pick up where you left off.</p>
      <form onSubmit={(e) => void onSubmit(e)} className="form">
        <Field label="Email" testId="login-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field
          label="Password"
          testId="login-password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorMessage message={error} testId="login-error" />
        <button type="submit" className="btn btn-primary btn-block" data-testid="login-submit" disabled={busy}>
          {busy ? 'Logging in…' : 'Log in'}
        </button>
      </form>
      <OAuthButtons next={next} />
      <p className="muted auth-switch">
        <Link to="/forgot-password" data-testid="goto-forgot">
          Forgot your password?
        </Link>{' '}
        ·{' '}
        <Link to="/login/magic-link" data-testid="goto-magic-link">
          Email me a sign-in link
        </Link>
      </p>
      <p className="muted auth-switch">
        New here?{' '}
        <Link to={`/signup?next=${encodeURIComponent(next)}`} data-testid="goto-signup">
          Create an account
        </Link>
      </p>
    </div>
  );
}
