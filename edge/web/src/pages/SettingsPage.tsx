// Account settings: turn on (or replace) two-factor authentication (QR code, then a first code,
// then the recovery codes, shown once), turn it off (with a current or recovery code), both
// confirmed with the password or, for accounts without one, a mailed code; change the password;
// see the signed-in sessions and sign out one, all others, or all. Changing the password or 2FA
// ends the other sessions (the farm does it), so the list reloads after those.

import { useState, type FormEvent } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { changePassword, disableTwoFactor, enableTwoFactor, logOutEverywhere, requestProofCode, setupTwoFactor, type FreshProof, type TwoFactorSetup } from '../auth/account';
import { useSession } from '../auth/useSession';
import { ActiveSessions } from '../components/ActiveSessions';
import { ErrorMessage } from '../components/ErrorMessage';
import { Field } from '../components/Field';
import { Link, navigate } from '../router/router';
import { ProfileSettings } from '../settings/ProfileSettings';
import { BillingSettings } from '../settings/BillingSettings';
import { PasswordHint } from '../components/PasswordHint';

export function SettingsPage() {
  const session = useSession();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [code, setCode] = useState('');
  const [disableCode, setDisableCode] = useState('');
  const [password, setPassword] = useState('');
  const [emailCode, setEmailCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // Bumped after changes that end the other sessions, so the list shows it.
  const [sessionsVersion, setSessionsVersion] = useState(0);

  if (session.status === 'anonymous') {
    return (
      <div className="auth-card">
        <p>
          <Link to="/login?next=%2Fsettings">Log in</Link> to change your settings.
        </p>
      </div>
    );
  }

  async function run(action: () => Promise<void>) {
    setError(null);
    setNote(null);
    try {
      await action();
      setSessionsVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'two_factor_enabled' ? 'Two-factor authentication is already on.' : messageOf(err));
    }
  }

  /** What the proof fields hold: the password if typed, else the mailed code. */
  const proof = (): FreshProof => (password ? { password } : emailCode.trim() ? { email_code: emailCode.trim() } : {});

  const onEnable = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      setRecoveryCodes(await enableTwoFactor(code.trim()));
      setSetup(null);
      setCode('');
      setPassword('');
      setEmailCode('');
      setNote('Two-factor authentication is on.');
    });
  };

  const onChangePassword = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await changePassword(newPassword, proof());
      setNewPassword('');
      setPassword('');
      setEmailCode('');
      setNote('Your password is changed.');
    });
  };

  const onDisable = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await disableTwoFactor(disableCode.trim(), proof());
      setDisableCode('');
      setPassword('');
      setEmailCode('');
      setRecoveryCodes(null);
      setNote('Two-factor authentication is off.');
    });
  };

  return (
    <div className="auth-card">
      <h1>Settings</h1>
      <ProfileSettings />
      <BillingSettings />
      <h2>Two-factor authentication</h2>
      <div className="form">
        <p className="muted">Changes here need your password (or, if your account has none, a code we mail you).</p>
        <Field label="Password" testId="totp-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="button" className="btn btn-ghost btn-block" data-testid="totp-proof-code" onClick={() => void run(async () => setNote(await requestProofCode()))}>
          I have no password: mail me a code
        </button>
        <Field label="Code from the mail" testId="totp-email-code" inputMode="numeric" autoComplete="one-time-code" value={emailCode} onChange={(e) => setEmailCode(e.target.value)} />
      </div>
      {recoveryCodes && (
        <div data-testid="recovery-codes">
          <p className="muted">Your recovery codes: each signs in once if you lose your authenticator app. Keep them somewhere safe; they are not shown again.</p>
          <ul>
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code data-testid="recovery-code">{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {setup ? (
        <form onSubmit={onEnable} className="form">
          <p className="muted">Scan this code with your authenticator app, or enter the key by hand, then type the code it shows.</p>
          <img src={setup.qr_code} alt="QR code for your authenticator app" width={200} height={200} data-testid="totp-qr" />
          <code data-testid="totp-secret">{setup.secret}</code>
          <Field label="Code" testId="totp-enable-code" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
          <button type="submit" className="btn btn-primary btn-block" data-testid="totp-enable">
            Turn on
          </button>
        </form>
      ) : (
        <button type="button" className="btn btn-primary btn-block" data-testid="totp-setup" onClick={() => void run(async () => setSetup(await setupTwoFactor(proof())))}>
          Set up two-factor authentication
        </button>
      )}
      <form onSubmit={onDisable} className="form">
        <Field label="Current or recovery code, to turn it off" testId="totp-disable-code" value={disableCode} onChange={(e) => setDisableCode(e.target.value)} />
        <button type="submit" className="btn btn-ghost btn-block" data-testid="totp-disable">
          Turn off two-factor authentication
        </button>
      </form>
      <ErrorMessage message={error} testId="settings-error" />
      {note && (
        <p className="muted" data-testid="settings-note">
          {note}
        </p>
      )}
      <h2>Password</h2>
      <form onSubmit={onChangePassword} className="form">
        <Field label="New password" testId="new-password" type="password" autoComplete="new-password" value={newPassword} onChange={(e) => setNewPassword(e.target.value)} />
        <PasswordHint />
        <button type="submit" className="btn btn-ghost btn-block" data-testid="change-password">
          Change password (confirm with the current one above)
        </button>
      </form>
      <h2>Sessions</h2>
      <ActiveSessions reloadKey={sessionsVersion} />
      <button
        type="button"
        className="btn btn-ghost btn-block"
        data-testid="logout-everywhere"
        onClick={() => void run(async () => {
          await logOutEverywhere();
          navigate('/login', { replace: true });
        })}
      >
        Sign out of every session
      </button>
    </div>
  );
}
