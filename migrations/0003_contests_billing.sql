-- Contests and subscriptions. Contests come before submissions, which reference them.

create table contests (
    id          uuid primary key default gen_random_uuid(),
    slug        varchar(100) not null unique,
    title       varchar(200) not null,
    description text,
    start_time  timestamptz not null,
    end_time    timestamptz not null,
    type        varchar(20) not null default 'weekly' check (type in ('weekly', 'biweekly', 'virtual')),
    is_rated    boolean not null default true,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    constraint contests_time_order_check check (end_time > start_time)
);
create index contests_start_time_idx on contests (start_time desc);
select trigger_updated_at('contests');

create table contest_problems (
    contest_id  uuid not null references contests (id) on delete cascade,
    -- Restrict: a problem cannot vanish from under a contest that used it.
    problem_id  uuid not null references problems (id) on delete restrict,
    points      integer not null default 100 check (points > 0),
    order_index integer,
    primary key (contest_id, problem_id)
);
create index contest_problems_problem_id_idx on contest_problems (problem_id);

create table contest_registrations (
    contest_id    uuid not null references contests (id) on delete cascade,
    user_id       uuid not null references users (id) on delete cascade,
    registered_at timestamptz not null default now(),
    primary key (contest_id, user_id)
);
create index contest_registrations_user_id_idx on contest_registrations (user_id);

create table subscriptions (
    id                   uuid primary key default gen_random_uuid(),
    -- Cascade: Stripe is the billing record of truth, and account deletion must not be blocked.
    user_id              uuid not null references users (id) on delete cascade,
    plan                 varchar(20) not null check (plan in ('monthly', 'annual', 'enterprise')),
    -- Stripe's own statuses (e.g. 'canceled', 'trialing') are mapped onto these by the webhook.
    status               varchar(20) not null check (status in ('active', 'cancelled', 'expired', 'past_due')),
    stripe_customer_id   varchar(255),
    stripe_sub_id        varchar(255) unique,
    current_period_start timestamptz,
    current_period_end   timestamptz,
    cancel_at_period_end boolean not null default false,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
create index subscriptions_user_id_idx on subscriptions (user_id);
create index subscriptions_stripe_customer_id_idx on subscriptions (stripe_customer_id);
select trigger_updated_at('subscriptions');

-- Stripe delivers webhooks at least once; inserting the event id first (on conflict do nothing)
-- in the same transaction as its effects makes handling idempotent.
create table stripe_events (
    id          text primary key,
    type        text not null,
    received_at timestamptz not null default now()
);
