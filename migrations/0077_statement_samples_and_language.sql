-- How a package shows its samples when that differs from the tests judged (the 2023-07 format's
-- data/sample/*.in.statement, *.ans.statement and *.out shown, *.in.download and *.ans.download
-- offered for download): [{"input": "...", "output": "...", "download": {"input": "...",
-- "output": "..."}}], "download" only where the package gives one. Null: the sample tests are
-- shown as they are judged.
alter table problems add column statement_samples jsonb;
-- The language code of the statement shown (`description`), e.g. 'en'; null for problems
-- imported before it was recorded.
alter table problems add column statement_language text;
