// Settings → Billing: the subscription's state and its renewal or end date, "Manage billing"
// (Stripe's Customer Portal) and cancelling at the period's end, or a link to the plans.

import { useState } from 'react';
import { messageOf } from '../api/errors';
import { cancelSubscription, getSubscription, openPortal, type SubscriptionView } from '../api/billing';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';

const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(undefined, { dateStyle: 'long' }) : '—');

function Summary({ view }: { view: SubscriptionView }) {
  const sub = view.subscription;
  if (!sub) return <p data-testid="billing-state">Free plan. <Link to="/pricing">See premium plans</Link></p>;
  const plan = sub.plan === 'annual' ? 'Annual' : 'Monthly';
  switch (sub.status) {
    case 'active':
      return <p data-testid="billing-state">{plan} premium, renews on {date(sub.current_period_end)}.</p>;
    case 'cancelled':
      return <p data-testid="billing-state">{plan} premium, cancelled: ends on {date(sub.current_period_end)}.</p>;
    case 'past_due':
      return <p data-testid="billing-state">{plan} premium is paused: the last payment failed. Update your card in the billing portal.</p>;
    default:
      return <p data-testid="billing-state">Your premium plan has ended. <Link to="/pricing">Renew</Link></p>;
  }
}

export function BillingSettings() {
  const [version, setVersion] = useState(0);
  const state = useAsync(getSubscription, [version]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const act = (work: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    work().then(
      () => setBusy(false),
      (err) => {
        setBusy(false);
        setError(messageOf(err));
      },
    );
  };

  const sub = state.data?.subscription;
  const cancellable = sub && (sub.status === 'active' || sub.status === 'past_due');
  return (
    <section className="billing-settings" data-testid="billing-settings">
      <h2>Billing</h2>
      {state.status === 'loading' && <p className="muted">Loading…</p>}
      <ErrorMessage message={state.error ?? error} testId="billing-error" />
      {state.data && <Summary view={state.data} />}
      {sub && (
        <button type="button" className="btn btn-ghost" data-testid="billing-portal" disabled={busy} onClick={() => act(async () => window.location.assign(await openPortal()))}>
          Manage billing
        </button>
      )}
      {cancellable && (
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="billing-cancel"
          disabled={busy}
          onClick={() => {
            if (!window.confirm('Cancel premium at the end of this period?')) return;
            act(async () => {
              await cancelSubscription();
              setVersion((v) => v + 1);
            });
          }}
        >
          Cancel subscription
        </button>
      )}
    </section>
  );
}
