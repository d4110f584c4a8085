-- Submissions and what they accumulate into: per-problem state and daily activity.

create table submissions (
    id                uuid primary key default gen_random_uuid(),
    user_id           uuid not null references users (id) on delete cascade,
    -- Restrict: a problem with submissions is unpublished, not deleted.
    problem_id        uuid not null references problems (id) on delete restrict,
    -- Set null: deleting a contest turns its submissions into practice ones instead of losing them.
    contest_id        uuid references contests (id) on delete set null,
    kind              varchar(10) not null default 'submit' check (kind in ('submit', 'run')),
    language          varchar(20) not null check (language in (
                          'python3', 'java', 'cpp17', 'javascript', 'typescript',
                          'go', 'rust', 'kotlin', 'csharp')),
    code              text not null,
    status            varchar(30) not null default 'queued' check (status in (
                          'queued', 'judging', 'accepted', 'wrong_answer', 'time_limit_exceeded',
                          'memory_limit_exceeded', 'runtime_error', 'compile_error',
                          'output_limit_exceeded', 'internal_error')),
    runtime_ms        integer check (runtime_ms >= 0),
    memory_kb         integer check (memory_kb >= 0),
    test_cases_passed integer check (test_cases_passed >= 0),
    test_cases_total  integer check (test_cases_total >= 0),
    error_message     text,
    is_best           boolean not null default false,
    judged_at         timestamptz,
    -- Times a worker has picked the submission up; lets recovery give up on a poison submission.
    attempts          integer not null default 0 check (attempts >= 0),
    -- Identifies the worker's current claim, so a worker whose lease was taken over cannot
    -- overwrite the verdict of the one that replaced it.
    lease_token       uuid,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint submissions_passed_total_check check (test_cases_passed <= test_cases_total)
);
-- Small by construction: only unfinished submissions, for the queue and its recovery sweep.
create index submissions_pending_idx on submissions (status, created_at)
    where status in ('queued', 'judging');
create index submissions_user_created_idx on submissions (user_id, created_at desc);
create index submissions_problem_created_idx on submissions (problem_id, created_at desc);
-- TRD's (user_id, problem_id), extended so "my submissions for this problem" comes back sorted.
create index idx_submissions_user_problem on submissions (user_id, problem_id, created_at desc);
create index idx_submissions_created_at on submissions (created_at desc);
create index submissions_contest_idx on submissions (contest_id, user_id, created_at)
    where contest_id is not null;
select trigger_updated_at('submissions');

create table user_problem_state (
    user_id           uuid not null references users (id) on delete cascade,
    problem_id        uuid not null references problems (id) on delete cascade,
    status            varchar(20) not null default 'unseen' check (status in ('unseen', 'attempted', 'solved')),
    is_bookmarked     boolean not null default false,
    notes             text,
    code_drafts       jsonb,
    last_attempted_at timestamptz,
    solved_at         timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    primary key (user_id, problem_id)
);
create index user_problem_state_bookmarks_idx on user_problem_state (user_id) where is_bookmarked;
select trigger_updated_at('user_problem_state');

-- One row per user per day with any submission: the heatmap reads it directly and streaks are
-- computed from it, without scanning submissions.
create table user_activity (
    user_id     uuid not null references users (id) on delete cascade,
    day         date not null,
    submissions integer not null default 0 check (submissions >= 0),
    accepted    integer not null default 0 check (accepted >= 0),
    updated_at  timestamptz not null default now(),
    primary key (user_id, day)
);
select trigger_updated_at('user_activity');
