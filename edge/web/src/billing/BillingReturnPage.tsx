// /billing/return: where Stripe Checkout sends the buyer back. The access token minted before
// paying still says "free", so the session is refreshed here (the webhook has usually made the
// account premium by now; a few retries cover one still on its way), and premium shows at once.

import { useEffect, useState } from 'react';
import { getSession, refreshSession } from '../auth/session';
import { useSession } from '../auth/useSession';
import { Link } from '../router/router';

const TRIES = 10;
const PAUSE_MS = 1000;

export function BillingReturnPage() {
  const session = useSession();
  const [gaveUp, setGaveUp] = useState(false);
  const premium = session.status === 'authenticated' && (session.user.role === 'premium' || session.user.role === 'admin');

  useEffect(() => {
    let stopped = false;
    void (async () => {
      for (let i = 0; i < TRIES && !stopped; i++) {
        await refreshSession();
        const now = getSession();
        if (now.status !== 'authenticated' || now.user.role !== 'free') return;
        await new Promise((r) => setTimeout(r, PAUSE_MS));
      }
      if (!stopped) setGaveUp(true);
    })();
    return () => {
      stopped = true;
    };
  }, []);

  return (
    <div className="auth-card" data-testid="billing-return">
      <h1>Thank you!</h1>
      {premium ? (
        <p data-testid="billing-premium">
          You are premium now. <Link to="/problems">Back to the problems</Link>
        </p>
      ) : gaveUp ? (
        <p>Your payment is still being confirmed; premium appears within a few minutes. You can check in Settings.</p>
      ) : (
        <p className="muted">Confirming your payment…</p>
      )}
    </div>
  );
}
