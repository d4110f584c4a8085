// Choose a new password with the token from the reset mail. Every session ends; then log in.

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { resetPassword } from '../auth/account';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { Link, useLocation } from '../router/router';
import { PasswordHint } from '../components/PasswordHint';

export function ResetPasswordPage() {
  const token = useLocation().search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await resetPassword(token, password);
      setDone(true);
    } catch (err) {
      setError(messageOf(err));
    }
    setBusy(false);
  }

  return (
    <div className="auth-card">
      <h1>Choose a new password</h1>
      {done ? (
        <p className="muted" data-testid="reset-done">
          Your password is changed and every session was signed out. <Link to="/login">Log in</Link> with the new one.
        </p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} className="form">
          <Field label="New password" testId="reset-password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          <PasswordHint />
          <ErrorMessage message={error} testId="reset-error" />
          <button type="submit" className="btn btn-primary btn-block" data-testid="reset-submit" disabled={busy || !token}>
            Set password
          </button>
        </form>
      )}
    </div>
  );
}
