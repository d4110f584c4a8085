-- AI hints (issue 14): every hint given, per user and problem. The next hint builds on the ones
-- given before (the local provider moves to the next hint tier; a remote model is told what it
-- already said), so this history lives in Postgres, not in the Redis window that only counts
-- the day's quota.
create table ai_hints (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references users (id) on delete cascade,
    problem_id uuid not null references problems (id) on delete cascade,
    -- Which provider answered: 'local', 'openai' or 'anthropic'.
    provider   varchar(20) not null check (provider in ('local', 'openai', 'anthropic')),
    -- The problem's hint tier the answer passed on, when it passed one on (local provider).
    hint_tier  integer check (hint_tier >= 1),
    body       text not null,
    created_at timestamptz not null default now()
);
create index ai_hints_user_problem_idx on ai_hints (user_id, problem_id, created_at desc);
