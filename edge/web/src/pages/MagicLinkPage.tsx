// Where a magic link lands. Opening it only shows whose sign-in it is; the button sends the
// confirming POST that uses the link, so a mail scanner fetching the link signs nobody in.

import { useEffect, useState } from 'react';
import { messageOf } from '../api/errors';
import { checkMagicLink, confirmMagicLink } from '../auth/account';
import { ErrorMessage } from '../components/ErrorMessage';
import { TwoFactorStep } from '../components/TwoFactorStep';
import { Link, navigate, useLocation } from '../router/router';

export function MagicLinkPage() {
  const token = useLocation().search.get('token') ?? '';
  const [email, setEmail] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    checkMagicLink(token).then(setEmail, (err) => setError(messageOf(err)));
  }, [token]);

  async function onConfirm() {
    setBusy(true);
    setError(null);
    try {
      const result = await confirmMagicLink(token);
      if (result.status === 'two-factor') setPendingToken(result.pendingToken);
      else navigate('/problems', { replace: true });
    } catch (err) {
      setError(messageOf(err));
    }
    setBusy(false);
  }

  return (
    <div className="auth-card">
      <h1>Sign in</h1>
      {pendingToken ? (
        <TwoFactorStep pendingToken={pendingToken} onDone={() => navigate('/problems', { replace: true })} />
      ) : (
        <>
          {email && (
            <>
              <p className="muted" data-testid="magic-email">
                Sign in as <strong>{email}</strong>?
              </p>
              <button type="button" className="btn btn-primary btn-block" data-testid="magic-confirm" disabled={busy} onClick={() => void onConfirm()}>
                Sign in
              </button>
            </>
          )}
          <ErrorMessage message={error} testId="magic-error" />
          {error && (
            <p className="muted auth-switch">
              <Link to="/login/magic-link">Send a new link</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
