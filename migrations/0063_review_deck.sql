-- The spaced-repetition review deck (issue 13): one card per user and problem, scheduled by
-- FSRS (the `fsrs` crate, `model::review`). A problem enters the deck when a practice verdict
-- lands on it (solved or failed); the user's again/hard/good/easy ratings move it on.
create table review_cards (
    user_id        uuid not null references users (id) on delete cascade,
    problem_id     uuid not null references problems (id) on delete cascade,
    -- FSRS memory state: stability in days, difficulty in [1, 10]. `real` is the crate's f32.
    stability      real not null check (stability > 0),
    difficulty     real not null check (difficulty between 1 and 10),
    due_at         timestamptz not null,
    last_review_at timestamptz not null,
    last_rating    varchar(5) not null check (last_rating in ('again', 'hard', 'good', 'easy')),
    -- Reviews so far (the verdict that added the card is the first) and forgotten ones.
    reps           integer not null check (reps >= 1),
    lapses         integer not null default 0 check (lapses >= 0),
    created_at     timestamptz not null default now(),
    primary key (user_id, problem_id)
);
-- The deck is read in due order.
create index review_cards_user_due_idx on review_cards (user_id, due_at);
