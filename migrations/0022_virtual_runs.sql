-- Virtual participation: a user takes a past contest on their own clock. Their submissions
-- carry the run (never a contest_id: they touch no standings and no rating); the replayed
-- board at the run's elapsed time is drawn from these and the contest's own submissions.

create table virtual_runs (
    id         uuid primary key default gen_random_uuid(),
    contest_id uuid not null references contests (id) on delete cascade,
    user_id    uuid not null references users (id) on delete cascade,
    started_at timestamptz not null default now(),
    -- started_at + the contest's length, fixed at the start.
    ends_at    timestamptz not null,
    constraint virtual_runs_time_order_check check (ends_at > started_at),
    -- One run per user per contest: a second would replay a board the user has already seen.
    constraint virtual_runs_once unique (contest_id, user_id)
);
create index virtual_runs_user_idx on virtual_runs (user_id, ends_at desc);

alter table submissions
    add column virtual_run_id uuid references virtual_runs (id) on delete cascade,
    add constraint submissions_contest_or_virtual_check
        check (contest_id is null or virtual_run_id is null);
create index submissions_virtual_run_idx on submissions (virtual_run_id, created_at)
    where virtual_run_id is not null;
