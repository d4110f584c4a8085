-- The emailed, delayed 2FA reset for someone who lost both the authenticator app and the
-- recovery codes: a link that works only after `not_before`, cancelled by any 2FA sign-in.
alter table auth_tokens add column not_before timestamptz;
alter table auth_tokens drop constraint auth_tokens_purpose_check;
alter table auth_tokens add constraint auth_tokens_purpose_check
    check (purpose in ('verify_email', 'reset_password', 'magic_link', 'step_up', 'reset_2fa'));
