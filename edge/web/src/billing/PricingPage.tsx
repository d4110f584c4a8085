// /pricing: the two plans with Stripe's prices, what premium unlocks (the AI hint allowance as
// the server is configured), a short FAQ, and a buy button per plan that sends the browser to
// Stripe Checkout (signed-out visitors log in first).

import { useState } from 'react';
import { allowanceText, getAiHintAllowance } from '../api/aiHints';
import { messageOf } from '../api/errors';
import { listPlans, price, startCheckout, type Plan } from '../api/billing';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { navigate } from '../router/router';

const UNLOCKS = [
  'Premium problems, including company-tagged interview questions',
  'Every hint tier and the full editorials',
  'Company lists and company filters on the problem list',
  'Premium problem sets, such as Company Interview Top Picks',
];

const FAQ: [string, string][] = [
  ['Can I cancel at any time?', 'Yes. Cancel in Settings; premium stays until the end of the period you paid for, and nothing more is charged.'],
  ['How do I change my card or get invoices?', 'Settings → Manage billing opens Stripe’s billing portal.'],
  ['What happens if a payment fails?', 'Premium pauses until Stripe’s retry succeeds or you update your card in the billing portal.'],
  ['Is my card stored by AlgoArena?', 'No. Payment happens on Stripe’s page; we only keep your subscription’s state.'],
];

export function PricingPage() {
  const session = useSession();
  const plans = useAsync(listPlans, []);
  const ai = useAsync(getAiHintAllowance, []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<Plan | null>(null);
  const premium = session.status === 'authenticated' && (session.user.role === 'premium' || session.user.role === 'admin');

  function buy(plan: Plan) {
    if (session.status !== 'authenticated') {
      navigate('/login?next=%2Fpricing');
      return;
    }
    setError(null);
    setBusy(plan);
    startCheckout(plan).then(
      (url) => window.location.assign(url),
      (err) => {
        setBusy(null);
        setError(messageOf(err));
      },
    );
  }

  return (
    <div className="pricing" data-testid="pricing-page">
      <h1>AlgoArena Premium</h1>
      <ul className="pricing-unlocks">
        {UNLOCKS.map((u) => (
          <li key={u}>{u}</li>
        ))}
        <li data-testid="pricing-ai-hints">AI hints on your own code and verdicts{ai.data ? ` (${allowanceText(ai.data)})` : ''}</li>
      </ul>
      {plans.status === 'loading' && <p className="muted">Loading prices…</p>}
      <ErrorMessage message={plans.error ?? error} testId="pricing-error" />
      {premium && <p data-testid="pricing-premium">You are premium. Manage your plan in Settings.</p>}
      <div className="pricing-plans">
        {plans.data?.map((offer) => (
          <div key={offer.plan} className="pricing-plan" data-testid={`plan-${offer.plan}`}>
            <h2>{offer.plan === 'monthly' ? 'Monthly' : 'Annual'}</h2>
            <p className="pricing-price">
              <span data-testid={`price-${offer.plan}`}>{price(offer)}</span> / {offer.interval}
            </p>
            <button type="button" className="btn btn-primary" data-testid={`buy-${offer.plan}`} disabled={premium || busy !== null} onClick={() => buy(offer.plan)}>
              {busy === offer.plan ? 'Opening checkout…' : `Get ${offer.plan}`}
            </button>
          </div>
        ))}
      </div>
      <h2>Questions</h2>
      <dl className="pricing-faq">
        {FAQ.map(([q, a]) => (
          <div key={q}>
            <dt>{q}</dt>
            <dd>{a}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
