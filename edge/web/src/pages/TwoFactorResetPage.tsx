// For someone who lost both the authenticator app and the recovery codes: ask for the e-mailed
// 2FA reset, then (with the link, after its delay) turn two-factor authentication off. Before
// the delay is over the link's page says the reset is pending, and how the owner cancels it.

import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { confirmTwoFactorReset, requestTwoFactorReset } from '../auth/account';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { Link, useLocation } from '../router/router';

export function TwoFactorResetPage() {
  const token = useLocation().search.get('token') ?? '';
  const [email, setEmail] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The link was used before its delay was over: the reset is pending, not refused.
  const [pending, setPending] = useState<string | null>(null);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      setNote(await action());
      setPending(null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'reset_not_ready') {
        setPending(err.message);
      } else {
        setPending(null);
        setError(messageOf(err));
      }
    }
    setBusy(false);
  }

  const onRequest = (e: FormEvent) => {
    e.preventDefault();
    void run(() => requestTwoFactorReset(email.trim()));
  };

  const onConfirm = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await confirmTwoFactorReset(token);
      return 'Two-factor authentication is off and every session was signed out.';
    });
  };

  return (
    <div className="auth-card">
      <h1>Lost your second factor?</h1>
      {note ? (
        <p className="muted" data-testid="tfa-reset-note">
          {note} <Link to="/login">Log in</Link>
        </p>
      ) : token ? (
        <form onSubmit={onConfirm} className="form">
          <p className="muted">This turns off two-factor authentication on your account and signs out every session.</p>
          {pending && (
            <div className="alert" role="status" data-testid="tfa-reset-pending">
              <strong>Your reset is pending.</strong> {pending} Come back to this link once the day has passed. If you did not ask
              for it, sign in with your authenticator app or a recovery code: that cancels it.
            </div>
          )}
          <ErrorMessage message={error} testId="tfa-reset-error" />
          <button type="submit" className="btn btn-primary btn-block" data-testid="tfa-reset-confirm" disabled={busy}>
            Turn off two-factor authentication
          </button>
        </form>
      ) : (
        <form onSubmit={onRequest} className="form">
          <p className="muted">
            We mail you a link that works after a day; signing in with your app or a recovery code meanwhile cancels it.
          </p>
          <Field label="Email" testId="tfa-reset-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          <ErrorMessage message={error} testId="tfa-reset-error" />
          <button type="submit" className="btn btn-primary btn-block" data-testid="tfa-reset-request" disabled={busy}>
            Mail me the reset link
          </button>
        </form>
      )}
    </div>
  );
}
