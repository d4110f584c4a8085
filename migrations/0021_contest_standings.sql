-- The authoritative contest standings: one cached row per participant (contest_scores, from
-- 0005), recomputed from that participant's contest submissions in each verdict's transaction.
-- A row is derived, never edited by hand: a rejudge recomputes it from the submissions again.
-- Why a cached row and not a derivation per read: a leaderboard page at 50,000 participants
-- must be one indexed read, and a participant's row costs O(their submissions) to rebuild.

alter table contest_scores
    -- shared::scoring::Cell per problem, in contest order: the full row (staff's view).
    add column cells jsonb not null default '[]',
    -- The row the public sees while the board is frozen: only submissions inserted before the
    -- freeze's start. Null: nothing of this participant's is on the frozen board.
    add column frozen_score integer check (frozen_score >= 0),
    add column frozen_penalty_seconds integer check (frozen_penalty_seconds >= 0),
    add column frozen_cells jsonb;

alter table contests
    -- When the room was told the contest ended (its final snapshot and `ended` pushed).
    add column room_ended_at timestamptz,
    -- When the contest's rating round was applied; set once, so finalising is idempotent.
    add column rating_finalised_at timestamptz;

-- Each user's Elo-MMR state (shared::rating::PlayerState) between rated contests. users.rating
-- is the shown (rounded) rating of this state; a user without a row has never been rated.
create table user_rating_states (
    user_id    uuid primary key references users (id) on delete cascade,
    state      jsonb not null,
    updated_at timestamptz not null default now()
);

-- rating_history (0005) is one row per user per rated contest; the chart reads it by user.
create index rating_history_user_created_idx on rating_history (user_id, created_at);
