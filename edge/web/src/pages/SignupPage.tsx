// Create an account (email, username, password), then confirm the address with the mailed
// code, which signs the new user in.

import { useEffect, useState, type FormEvent } from 'react';
import { messageOf } from '../api/errors';
import { signUp } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { CodeStep } from '../components/CodeStep';
import { Field } from '../components/Field';
import { OAuthButtons } from '../components/OAuthButtons';
import { Link, navigate, safeNext, useLocation } from '../router/router';
import { PasswordHint } from '../components/PasswordHint';

export function SignupPage() {
  const { search } = useLocation();
  const next = safeNext(search.get('next'));
  const session = useSession();
  const [email, setEmail] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);

  useEffect(() => {
    if (session.status === 'authenticated') navigate(next, { replace: true });
  }, [session.status, next]);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signUp(email.trim(), username.trim(), password);
      setSentTo(email.trim());
      setBusy(false);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  if (sentTo) {
    return (
      <div className="auth-card">
        <h1>Check your email</h1>
        <CodeStep email={sentTo} onResult={() => navigate(next, { replace: true })} />
      </div>
    );
  }

  return (
    <div className="auth-card">
      <h1>Create your account</h1>
      <p className="muted">Solve problems, get judged in seconds, climb the ranks.</p>
      <form onSubmit={(e) => void onSubmit(e)} className="form">
        <Field label="Email" testId="signup-email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        <Field
          label="Username"
          testId="signup-username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <Field
          label="Password"
          testId="signup-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <PasswordHint />
        <ErrorMessage message={error} testId="signup-error" />
        <button type="submit" className="btn btn-primary btn-block" data-testid="signup-submit" disabled={busy}>
          {busy ? 'Creating account…' : 'Sign up'}
        </button>
      </form>
      <OAuthButtons next={next} />
      <p className="muted auth-switch">
        Already have an account?{' '}
        <Link to={`/login?next=${encodeURIComponent(next)}`} data-testid="goto-login">
          Log in
        </Link>
      </p>
    </div>
  );
}
