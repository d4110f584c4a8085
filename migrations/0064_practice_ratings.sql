-- Calibrated difficulty (issue 13): an Elo-style model of users and problems fitted from the
-- first attempt session of every (user, problem) pair in `submissions` (`difficulty::fit`).
-- Both tables are rewritten whole by each fit; a missing row means "not fitted yet", and the
-- reader falls back to the model's prior. The practice rating is not the contest rating
-- (`users.rating`, Elo-MMR over rated rounds) and never changes it.
create table problem_practice_ratings (
    problem_id uuid primary key references problems (id) on delete cascade,
    rating     float8 not null,
    -- First attempt sessions the rating was fitted from.
    attempts   integer not null check (attempts >= 0),
    fitted_at  timestamptz not null
);

create table user_practice_ratings (
    user_id   uuid primary key references users (id) on delete cascade,
    rating    float8 not null,
    attempts  integer not null check (attempts >= 0),
    fitted_at timestamptz not null
);
