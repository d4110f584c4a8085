-- The daily problem's streak (TRD §4.2, issue 13). `daily_problems` (0002) holds each UTC
-- day's problem, scheduled a week ahead by the farm (practice::daily). Solving that problem on
-- its day (a submission made that UTC day, judged accepted whenever) is a row here, one per
-- user and day; the daily streak is counted from these rows, apart from the general streak.
--
-- The row is written by a trigger on `submissions`, so every path that stores an accepted
-- verdict (the worker, a rejudge) counts without knowing about daily problems. Code that
-- wants to record a solve itself calls `record_daily_solve(user, problem, submitted_at)`,
-- which is idempotent.

create table daily_solves (
    user_id    uuid not null references users (id) on delete cascade,
    day        date not null references daily_problems (day) on delete cascade,
    -- When the accepted submission was made (its `created_at`), within `day` (UTC).
    solved_at  timestamptz not null,
    created_at timestamptz not null default now(),
    primary key (user_id, day)
);

-- True when this call recorded a new daily solve (the problem was the day's and the user had
-- not solved it yet that day).
create function record_daily_solve(p_user uuid, p_problem uuid, p_at timestamptz)
returns boolean language sql as $$
    with recorded as (
        insert into daily_solves (user_id, day, solved_at)
        select p_user, d.day, p_at
          from daily_problems d
         where d.day = (p_at at time zone 'utc')::date and d.problem_id = p_problem
        on conflict (user_id, day) do nothing
        returning 1
    )
    select exists (select 1 from recorded)
$$;

create function submissions_record_daily_solve() returns trigger language plpgsql as $$
begin
    perform record_daily_solve(new.user_id, new.problem_id, new.created_at);
    return null;
end
$$;

-- Runs: only for submissions (not runs) that are accepted.
create trigger submissions_daily_solve
    after insert or update of status on submissions
    for each row when (new.status = 'accepted' and new.kind = 'submit')
    execute function submissions_record_daily_solve();
