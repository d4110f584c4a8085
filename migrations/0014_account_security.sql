-- Account security, second pass (issue 17): no usable password before the mailbox is proven,
-- TOTP secrets encrypted by the application, a pending replacement secret, per-account TOTP
-- attempt counting with lockout, single-use recovery codes and step-up codes.

-- A registration's password waits on its own verification code and is applied only when that
-- code is used; an unverified account itself holds no password (pre-registration takeover).
alter table auth_tokens add column password_hash text;
alter table auth_tokens drop constraint auth_tokens_purpose_check;
alter table auth_tokens add constraint auth_tokens_purpose_check
    check (purpose in ('verify_email', 'reset_password', 'magic_link', 'step_up'));

-- Accounts registered before this migration: their password moves onto their live codes, so
-- a pending sign-up still finishes with the password it chose, and nothing else can use it.
update auth_tokens t set password_hash = u.password_hash
  from users u
 where t.user_id = u.id and t.purpose = 'verify_email' and t.used_at is null
   and not u.is_email_verified;
update users set password_hash = null where not is_email_verified;

-- `totp_secret` (and the pending one) hold AES-256-GCM ciphertext written by the farm
-- (`v1:` + base64 of nonce and ciphertext); rows from before read as legacy plain text until
-- re-encrypted on their next use.
alter table users add column totp_pending_secret text;
-- Wrong TOTP or recovery codes in a row, across every sign-in attempt and pending token;
-- past a few the account's second factor is locked with a growing delay.
alter table users add column totp_failed_attempts integer not null default 0
    check (totp_failed_attempts >= 0);
alter table users add column totp_locked_until timestamptz;

create table recovery_codes (
    id         uuid primary key default gen_random_uuid(),
    user_id    uuid not null references users (id) on delete cascade,
    -- A salted argon2id hash of the code (49 random bits, too few for a fast hash): never the
    -- code itself.
    code_hash  text not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index recovery_codes_user_id_idx on recovery_codes (user_id);
