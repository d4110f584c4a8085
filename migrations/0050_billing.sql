-- Billing (issue 14): one Stripe customer per user, and what the subscription rows need to
-- apply Stripe's events in a correct final order.

-- The Stripe customer a user pays as; made once, at their first checkout.
create table billing_customers (
    user_id            uuid primary key references users (id) on delete cascade,
    stripe_customer_id text not null unique,
    created_at         timestamptz not null default now()
);

-- Stripe's own status word (`active`, `trialing`, `past_due`, `canceled`, ...), which
-- `status` summarises, and the Stripe time (the event's `created`) of the snapshot the row
-- holds: an older snapshot arriving late never overwrites a newer one.
alter table subscriptions
    add column stripe_status text not null default 'active',
    add column state_at      timestamptz not null default 'epoch';
