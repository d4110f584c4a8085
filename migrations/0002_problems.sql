-- The problem catalogue: problems, their tests, hints, tags, companies, sets and the daily pick.

create table problems (
    id                   uuid primary key default gen_random_uuid(),
    slug                 varchar(120) not null unique,
    title                varchar(200) not null,
    difficulty           varchar(10) not null check (difficulty in ('Easy', 'Medium', 'Hard')),
    description          text not null,
    constraints          text,
    follow_up            text,
    starter_code         jsonb,
    solution_code        jsonb,
    editorial            text,
    -- Editorials are premium by default (TRD §4.2); a few can be opened up per problem.
    editorial_is_premium boolean not null default true,
    is_premium           boolean not null default false,
    is_published         boolean not null default false,
    frequency_score      double precision not null default 0,
    acceptance_rate      double precision not null default 0 check (acceptance_rate >= 0),
    total_submissions    integer not null default 0 check (total_submissions >= 0),
    total_accepted       integer not null default 0 check (total_accepted >= 0),
    order_index          integer,
    time_limit_ms        integer not null default 2000 check (time_limit_ms > 0),
    memory_limit_mb      integer not null default 256 check (memory_limit_mb > 0),
    judge_kind           varchar(20) not null default 'stdio'
                         check (judge_kind in ('stdio', 'function', 'interactive')),
    -- Null means exact comparison; otherwise the checker kind and its options.
    checker              jsonb,
    -- Hash of the imported problem package, so a re-import can skip an unchanged problem.
    package_hash         text,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now()
);
-- TRD's idx_problems_slug is covered by the unique constraint and idx_problems_is_published by
-- the composite below, which also serves the published list in display order.
create index problems_published_order_idx on problems (is_published, order_index);
create index idx_problems_difficulty on problems (difficulty);
select trigger_updated_at('problems');

create table test_cases (
    id              uuid primary key default gen_random_uuid(),
    problem_id      uuid not null references problems (id) on delete cascade,
    name            varchar(100),
    input           text not null,
    expected_output text not null,
    -- Samples are shown to users; the rest are for the judge only.
    is_sample       boolean not null default false,
    points          integer not null default 0 check (points >= 0),
    group_name      varchar(60),
    order_index     integer not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    unique (problem_id, order_index)
);
select trigger_updated_at('test_cases');

create table problem_hints (
    problem_id uuid not null references problems (id) on delete cascade,
    tier       integer not null check (tier >= 1),
    body       text not null,
    is_premium boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (problem_id, tier)
);
select trigger_updated_at('problem_hints');

create table tags (
    id         uuid primary key default gen_random_uuid(),
    name       varchar(60) not null unique,
    slug       varchar(60) not null unique,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
select trigger_updated_at('tags');

create table problem_tags (
    problem_id uuid not null references problems (id) on delete cascade,
    tag_id     uuid not null references tags (id) on delete cascade,
    primary key (problem_id, tag_id)
);
-- The primary key serves "tags of a problem"; this serves "problems with a tag".
create index problem_tags_tag_id_idx on problem_tags (tag_id);

create table companies (
    id         uuid primary key default gen_random_uuid(),
    name       varchar(100) not null unique,
    slug       varchar(100) not null unique,
    logo_url   text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
select trigger_updated_at('companies');

create table problem_companies (
    problem_id uuid not null references problems (id) on delete cascade,
    company_id uuid not null references companies (id) on delete cascade,
    frequency  double precision not null default 0 check (frequency between 0 and 1),
    primary key (problem_id, company_id)
);
create index problem_companies_company_id_idx on problem_companies (company_id);

create table problem_sets (
    id          uuid primary key default gen_random_uuid(),
    slug        varchar(120) not null unique,
    title       varchar(200) not null,
    description text,
    is_premium  boolean not null default false,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now()
);
select trigger_updated_at('problem_sets');

create table problem_set_items (
    set_id      uuid not null references problem_sets (id) on delete cascade,
    problem_id  uuid not null references problems (id) on delete cascade,
    -- Not unique, so reordering a set needs no juggling of temporary positions.
    order_index integer not null default 0,
    primary key (set_id, problem_id)
);
create index problem_set_items_order_idx on problem_set_items (set_id, order_index);

create table daily_problems (
    day        date primary key,
    -- Restrict: past days are history that users' streaks refer to.
    problem_id uuid not null references problems (id) on delete restrict,
    created_at timestamptz not null default now()
);
create index daily_problems_problem_id_idx on daily_problems (problem_id);
