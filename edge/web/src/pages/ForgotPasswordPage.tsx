// Ask for a password-reset link, and (at /login/magic-link) for a sign-in link: the same form,
// the same answer whether or not the address has an account.

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { forgotPassword, requestMagicLink } from '../auth/account';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { Link } from '../router/router';

export function ForgotPasswordPage({ kind }: { kind: 'reset' | 'magic-link' }) {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSent(await (kind === 'reset' ? forgotPassword : requestMagicLink)(email.trim()));
    } catch (err) {
      setError(messageOf(err));
    }
    setBusy(false);
  }

  return (
    <div className="auth-card">
      <h1>{kind === 'reset' ? 'Reset your password' : 'Sign in with a link'}</h1>
      {sent ? (
        <p className="muted" data-testid="link-sent">
          {sent}
        </p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} className="form">
          <Field label="Email" testId="link-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <ErrorMessage message={error} testId="link-error" />
          <button type="submit" className="btn btn-primary btn-block" data-testid="link-submit" disabled={busy}>
            {kind === 'reset' ? 'Send reset link' : 'Send sign-in link'}
          </button>
        </form>
      )}
      <p className="muted auth-switch">
        <Link to="/login">Back to log in</Link>
      </p>
    </div>
  );
}
