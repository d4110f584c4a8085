-- The profile a user edits (TRD §4.4): location, time zone, links and the avatar's content hash.
-- display_name, bio and username already exist (0001); github_url and linkedin_url stay unused
-- in favour of the general `links` list.

-- An IANA name, checked by the farm against chrono-tz and Postgres' own list; streaks and the
-- heatmap count days in it.
alter table users add column time_zone varchar(64) not null default 'UTC'
    check (time_zone <> '');
alter table users add column location varchar(100);
-- A JSON array of http(s) URLs, at most five; the farm parses each before writing.
alter table users add column links jsonb not null default '[]'
    check (jsonb_typeof(links) = 'array' and jsonb_array_length(links) <= 5);
-- SHA-256 hex of the re-encoded 256x256 PNG; the edge serves it as /avatars/<hash>.png.
alter table users add column avatar_hash varchar(64)
    check (avatar_hash ~ '^[0-9a-f]{64}$');

-- The heatmap, the streak and the recent solves read a user's accepted submissions by time.
create index submissions_user_accepted_idx on submissions (user_id, created_at)
    where status = 'accepted' and kind = 'submit';
