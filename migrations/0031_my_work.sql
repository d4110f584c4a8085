-- "Keep your work" (issue 13): code drafts per problem and language, bookmarks with the time
-- they were made (the bookmark list's order), private notes with their own updated_at, and the
-- record of who opened an editorial without having solved the problem.

-- One row per (user, problem, language) rather than user_problem_state.code_drafts (jsonb):
-- each draft has its own updated_at, the unit of last-write-wins, and saving one language's
-- draft never rewrites the others'.
create table code_drafts (
    user_id    uuid not null references users (id) on delete cascade,
    problem_id uuid not null references problems (id) on delete cascade,
    language   varchar(20) not null check (language in (
                   'python3', 'java', 'cpp17', 'javascript', 'typescript',
                   'go', 'rust', 'kotlin', 'csharp')),
    code       text not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (user_id, problem_id, language)
);
select trigger_updated_at('code_drafts');

-- is_bookmarked and notes already live in user_problem_state (0004); these say when.
alter table user_problem_state add column bookmarked_at timestamptz;
alter table user_problem_state add column notes_updated_at timestamptz;
create index user_problem_state_bookmarked_at_idx
    on user_problem_state (user_id, bookmarked_at desc) where is_bookmarked;

-- An editorial opened before solving, on the reader's explicit confirmation (TRD §4.2).
create table editorial_unsolved_views (
    user_id    uuid not null references users (id) on delete cascade,
    problem_id uuid not null references problems (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (user_id, problem_id)
);
