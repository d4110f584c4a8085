-- Users, sign-in methods, refresh sessions and one-time tokens.

-- The one shared trigger function for `updated_at`. `trigger_updated_at('t')` attaches it to a
-- table so each later migration needs a single line instead of a create trigger block.
create or replace function set_updated_at()
    returns trigger as
$$
begin
    new.updated_at = now();
    return new;
end;
$$ language plpgsql;

create or replace function trigger_updated_at(tablename regclass)
    returns void as
$$
begin
    -- `when (old is distinct from new)` keeps a no-op update from looking like a change.
    execute format(
        'create trigger set_updated_at before update on %s for each row '
        'when (old is distinct from new) execute function set_updated_at()',
        tablename
    );
end;
$$ language plpgsql;

create table users (
    id                uuid primary key default gen_random_uuid(),
    -- Stored lowercased by the application; the check makes a forgotten lower() fail loudly
    -- instead of creating a second account for the same mailbox.
    email             varchar(320) not null unique check (email = lower(email)),
    username          varchar(30) not null unique check (username <> ''),
    display_name      varchar(60),
    avatar_url        text,
    bio               text,
    country           varchar(2) check (country ~ '^[A-Z]{2}$'),
    github_url        text,
    linkedin_url      text,
    role              varchar(20) not null default 'free' check (role in ('free', 'premium', 'admin')),
    plan_expires_at   timestamptz,
    -- Null for accounts that only ever signed in with OAuth or a magic link.
    password_hash     text,
    is_email_verified boolean not null default false,
    -- The secret is written at 2FA setup and only becomes active once a code verifies.
    totp_secret       text,
    totp_enabled      boolean not null default false,
    -- Last accepted 30 s time step; a code for this step or earlier is refused (replay).
    totp_last_step    bigint,
    streak_current    integer not null default 0 check (streak_current >= 0),
    streak_longest    integer not null default 0 check (streak_longest >= 0),
    last_active_date  date,
    rating            integer not null default 1500,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint users_totp_secret_check check (not totp_enabled or totp_secret is not null)
);
-- TRD's idx_users_email / idx_users_username are omitted: the unique constraints already index
-- both columns. Usernames differ by more than case, so "Alice" cannot impersonate "alice".
create unique index users_username_lower_key on users (lower(username));
select trigger_updated_at('users');

create table oauth_accounts (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null references users (id) on delete cascade,
    provider      varchar(20) not null check (provider in ('google', 'github')),
    provider_id   varchar(255) not null,
    access_token  text,
    refresh_token text,
    expires_at    timestamptz,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (provider, provider_id)
);
create index oauth_accounts_user_id_idx on oauth_accounts (user_id);
select trigger_updated_at('oauth_accounts');

create table sessions (
    id            uuid primary key default gen_random_uuid(),
    user_id       uuid not null references users (id) on delete cascade,
    -- SHA-256 hex of the opaque token: a database leak must not hand out live sessions.
    refresh_token varchar(512) not null unique,
    -- Every rotation of one login shares the family, so reuse of a rotated token can revoke
    -- the whole chain at once.
    family_id     uuid not null,
    replaced_by   uuid references sessions (id) on delete set null,
    revoked_at    timestamptz,
    user_agent    text,
    ip_address    inet,
    expires_at    timestamptz not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    last_used_at  timestamptz
);
create index sessions_family_id_idx on sessions (family_id);
create index sessions_user_id_idx on sessions (user_id);
create index sessions_expires_at_idx on sessions (expires_at);
select trigger_updated_at('sessions');

create table auth_tokens (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references users (id) on delete cascade,
    purpose    varchar(20) not null check (purpose in ('verify_email', 'reset_password', 'magic_link')),
    -- A hash, never the token. Short OTP codes must be hashed together with something unique
    -- (the user id or this row's id), or two users drawing the same code collide here.
    token_hash text not null unique,
    -- Wrong guesses so far; lets a short OTP be burned after a few failures.
    attempts   integer not null default 0 check (attempts >= 0),
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index auth_tokens_user_id_purpose_idx on auth_tokens (user_id, purpose);
select trigger_updated_at('auth_tokens');
