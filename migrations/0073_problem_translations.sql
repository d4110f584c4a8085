-- A Kattis package's statements (and names) in languages besides the one shown, by language
-- code: {"de": {"title": "...", "description": "..."}}. Kept for translated pages; empty for
-- packages in one language.
alter table problems add column translations jsonb not null default '{}'::jsonb;
