// Confirming an e-mail address with the 6-digit code we mailed (sign-up, or a login that was
// refused because the address is not confirmed yet). Signs in when the code is right.

import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { resendCode, verifyEmail } from '../auth/account';
import type { SignInResult } from '../auth/session';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';

export function CodeStep({ email, onResult }: { email: string; onResult: (r: SignInResult) => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onResult(await verifyEmail(email, code.trim()));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  async function onResend() {
    setError(null);
    try {
      setNote(await resendCode(email));
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="form" data-testid="verify-form">
      <p className="muted" data-testid="verify-sent">
        We sent a 6-digit code to <strong>{email}</strong>. Enter it to confirm your address.
      </p>
      <Field label="Code" testId="verify-code" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
      <ErrorMessage message={error} testId="verify-error" />
      {note && <p className="muted">{note}</p>}
      <button type="submit" className="btn btn-primary btn-block" data-testid="verify-submit" disabled={busy}>
        {busy ? 'Confirming…' : 'Confirm'}
      </button>
      <button type="button" className="btn btn-ghost btn-block" data-testid="verify-resend" onClick={() => void onResend()}>
        Send a new code
      </button>
    </form>
  );
}
