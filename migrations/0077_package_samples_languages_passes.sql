-- How a package shows its samples when that differs from the tests judged (the 2023-07 format's
-- data/sample/*.in.statement, *.ans.statement and *.out shown, *.in.download and *.ans.download
-- offered for download): [{"input": "...", "output": "...", "download": {"input": "...",
-- "output": "..."}}], "download" only where the package gives one. Null: the sample tests are
-- shown as they are judged.
alter table problems add column statement_samples jsonb;
-- The language code of the statement shown (`description`), e.g. 'en'; null for problems
-- imported before it was recorded.
alter table problems add column statement_language text;
-- An interactive problem may be multi-pass too: its interactor writes the next pass's input.
alter table problems drop constraint problems_multi_pass_has_checker;
alter table problems add constraint problems_multi_pass_has_checker
    check (validation_passes is null or checker_program is not null or interactor is not null);
-- The languages a problem may be solved in (the 2023-07 format's `languages:`), as language
-- ids: ["cpp17", "python3"]. Null: every language judged here.
alter table problems add column allowed_languages jsonb;
