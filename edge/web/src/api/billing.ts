// The billing API (docs/api.md "Billing"): plans with Stripe's prices, the Checkout and
// Customer Portal hand-offs, and the caller's subscription. Shapes mirror shared/src/billing.rs.

import { authedRequest } from './authed';
import { request } from './http';

export type Plan = 'monthly' | 'annual';

export interface PlanOffer {
  plan: Plan;
  /** In the currency's smallest unit (cents). */
  unit_amount: number;
  currency: string;
  interval: 'month' | 'year';
}

export interface Subscription {
  plan: Plan;
  status: 'active' | 'past_due' | 'cancelled' | 'expired';
  current_period_end: string | null;
  cancel_at_period_end: boolean;
}

export interface SubscriptionView {
  subscription: Subscription | null;
  premium: boolean;
  premium_until: string | null;
}

export const listPlans = () => request<{ plans: PlanOffer[] }>('/api/billing/plans').then((r) => r.plans);

/** Where the browser goes to pay (Stripe Checkout), which returns to /billing/return. */
export const startCheckout = (plan: Plan) =>
  authedRequest<{ url: string }>('/api/billing/checkout', { method: 'POST', body: { plan } }).then((r) => r.url);

/** Stripe's Customer Portal (payment method, invoices), which returns to /settings. */
export const openPortal = () => authedRequest<{ url: string }>('/api/billing/portal', { method: 'POST' }).then((r) => r.url);

export const getSubscription = () => authedRequest<SubscriptionView>('/api/billing/subscription');

/** Cancels at the period's end; premium stays until then. */
export const cancelSubscription = () => authedRequest<SubscriptionView>('/api/billing/subscription', { method: 'DELETE' });

/** `900, 'usd'` as `$9.00`. */
export function price(offer: PlanOffer): string {
  return new Intl.NumberFormat(undefined, { style: 'currency', currency: offer.currency.toUpperCase() }).format(offer.unit_amount / 100);
}
