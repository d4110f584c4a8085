-- Contests as contest packages (contest.toml) describe them, their setters, and the one
-- definition of which problems a user may see: problem_visible().

alter table contests
    add column format varchar(10) not null default 'leetcode'
        check (format in ('leetcode', 'icpc', 'ioi')),
    -- The freeze, in seconds from the start (shared::scoring::Freeze); null: no freeze.
    add column freeze_starts_secs integer check (freeze_starts_secs >= 0),
    add column freeze_lifts_secs integer check (freeze_lifts_secs >= freeze_starts_secs),
    -- When the farm told the edge the contest had started (its cached problem reads purged);
    -- null until then, and again when a re-import moves the start into the future.
    add column start_announced_at timestamptz,
    add constraint contests_freeze_both_or_neither_check
        check ((freeze_starts_secs is null) = (freeze_lifts_secs is null));
create index contests_unannounced_idx on contests (start_time) where start_announced_at is null;

-- The table had no rows before this migration: the letter order is now required and unique.
alter table contest_problems
    alter column order_index set not null,
    add constraint contest_problems_order_unique unique (contest_id, order_index);

-- Who prepares a contest: they see its problems before the start.
create table contest_setters (
    contest_id uuid not null references contests (id) on delete cascade,
    user_id    uuid not null references users (id) on delete cascade,
    primary key (contest_id, user_id)
);
create index contest_setters_user_id_idx on contest_setters (user_id);

-- Whether `viewer` (null: anonymous) may see problem `p_problem_id`: not while it belongs to
-- a contest that has not started, unless the viewer sets that contest. Every problem read
-- (list, detail, search, run, submit) applies this one definition; publication is separate.
create function problem_visible(p_problem_id uuid, p_viewer uuid) returns boolean
language sql stable as $$
    select not exists (
        select 1
          from contest_problems cp
          join contests c on c.id = cp.contest_id
         where cp.problem_id = p_problem_id
           and c.start_time > now()
           and not exists (select 1 from contest_setters s
                            where s.contest_id = c.id and s.user_id = p_viewer))
$$;
