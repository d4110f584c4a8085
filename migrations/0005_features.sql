-- Community solutions, contest standings and rating history.

create table solutions (
    id         uuid primary key default gen_random_uuid(),
    problem_id uuid not null references problems (id) on delete cascade,
    user_id    uuid not null references users (id) on delete cascade,
    title      varchar(200) not null,
    body       text not null,
    language   varchar(20) check (language in (
                   'python3', 'java', 'cpp17', 'javascript', 'typescript',
                   'go', 'rust', 'kotlin', 'csharp')),
    -- Kept equal to sum(solution_votes.value) by the trigger below; the application never
    -- writes it, so the two cannot drift.
    votes      integer not null default 0,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index solutions_problem_votes_idx on solutions (problem_id, votes desc);
create index solutions_problem_created_idx on solutions (problem_id, created_at desc);
create index solutions_user_id_idx on solutions (user_id);
select trigger_updated_at('solutions');

create table solution_votes (
    user_id     uuid not null references users (id) on delete cascade,
    solution_id uuid not null references solutions (id) on delete cascade,
    value       smallint not null check (value in (-1, 1)),
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    primary key (user_id, solution_id)
);
create index solution_votes_solution_id_idx on solution_votes (solution_id);
select trigger_updated_at('solution_votes');

create or replace function solution_votes_apply()
    returns trigger as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update solutions set votes = votes - old.value where id = old.solution_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update solutions set votes = votes + new.value where id = new.solution_id;
    end if;
    return null;
end;
$$ language plpgsql;

create trigger solution_votes_apply
    after insert or update or delete on solution_votes
    for each row execute function solution_votes_apply();

-- Live standings, updated as verdicts arrive, so the leaderboard is one indexed read.
-- Per-problem detail comes from submissions where contest_id is set.
create table contest_scores (
    contest_id      uuid not null references contests (id) on delete cascade,
    user_id         uuid not null references users (id) on delete cascade,
    score           integer not null default 0 check (score >= 0),
    penalty_seconds integer not null default 0 check (penalty_seconds >= 0),
    solved          integer not null default 0 check (solved >= 0),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    primary key (contest_id, user_id)
);
create index contest_scores_rank_idx on contest_scores (contest_id, score desc, penalty_seconds asc);
select trigger_updated_at('contest_scores');

-- One row per user per rated contest; the primary key makes re-running the rating job harmless.
create table rating_history (
    user_id    uuid not null references users (id) on delete cascade,
    contest_id uuid not null references contests (id) on delete cascade,
    old_rating integer not null,
    new_rating integer not null,
    rank       integer not null check (rank >= 1),
    created_at timestamptz not null default now(),
    primary key (user_id, contest_id)
);
create index rating_history_contest_id_idx on rating_history (contest_id);
