// The Settings page's list of signed-in sessions (ASVS 5.0 7.5.2): each browser or device with
// when it signed in and was last used, this one marked; a "Sign out" per other session and
// "Sign out everywhere else".

import { useState } from 'react';
import { messageOf } from '../api/errors';
import { listSessions, signOutOtherSessions, signOutSession } from '../auth/account';
import { useAsync } from '../lib/useAsync';
import { ErrorMessage } from './ErrorMessage';

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** `reloadKey` changes when something else on the page may have ended sessions. */
export function ActiveSessions({ reloadKey }: { reloadKey: number }) {
  // Bumped after a sign-out here, so the list loads again.
  const [version, setVersion] = useState(0);
  const list = useAsync(listSessions, [reloadKey, version]);
  const [error, setError] = useState<string | null>(null);
  const sessions = list.data;

  async function run(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(messageOf(err));
    }
    setVersion((v) => v + 1);
  }

  const others = sessions?.filter((s) => !s.current).length ?? 0;
  return (
    <div data-testid="active-sessions">
      <p className="muted">Where your account is signed in. Sign out anything you do not recognise, then change your password.</p>
      {list.status === 'loading' && <p className="muted">Loading…</p>}
      {sessions && (
        <ul className="session-list">
          {sessions.map((s) => (
            <li key={s.id} data-testid="session-row" data-current={s.current ? 'true' : 'false'} title={s.user_agent ?? undefined}>
              <strong data-testid="session-device">{s.device}</strong>
              {s.current && (
                <span className="badge" data-testid="session-current">
                  {' '}
                  this browser
                </span>
              )}
              <div className="muted">
                Signed in {when(s.created_at)} · last used {when(s.last_used_at)}
              </div>
              {!s.current && (
                <button type="button" className="btn btn-ghost" data-testid="session-sign-out" onClick={() => void run(() => signOutSession(s.id))}>
                  Sign out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="btn btn-ghost btn-block" data-testid="sign-out-others" disabled={others === 0} onClick={() => void run(signOutOtherSessions)}>
        Sign out everywhere else
      </button>
      <ErrorMessage message={error ?? list.error} testId="sessions-error" />
    </div>
  );
}
