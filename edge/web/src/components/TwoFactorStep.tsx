// The second step of a sign-in for accounts with 2FA: the 6-digit code from the authenticator app,
// or one of the recovery codes for someone who lost it.

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { completeTwoFactor } from '../auth/account';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { Link } from '../router/router';

export function TwoFactorStep({ pendingToken, onDone }: { pendingToken: string; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await completeTwoFactor(pendingToken, code.trim());
      onDone();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="form" data-testid="two-factor-form">
      <p className="muted">Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
      <Field label="Authentication or recovery code" testId="two-factor-code" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
      <ErrorMessage message={error} testId="two-factor-error" />
      <p className="muted">
        Lost the app and the recovery codes? <Link to="/2fa-reset">Reset two-factor authentication by mail</Link>
      </p>
      <button type="submit" className="btn btn-primary btn-block" data-testid="two-factor-submit" disabled={busy}>
        {busy ? 'Checking…' : 'Verify'}
      </button>
    </form>
  );
}
