-- An interactive problem's sample transcripts (a package's data/sample/**/*.interaction files),
-- shown instead of its samples' inputs and answers, which only the interactor reads:
-- [{"lines": [{"from": "program", "text": "500000000"}, {"from": "judge", "text": "<"}]}].
-- Empty for other problems.
alter table problems add column sample_interactions jsonb not null default '[]'::jsonb;
