-- Community solutions (issue 13, TRD §4.2), on the tables 0005 laid out before anything wrote
-- to them. A solution is now shared from one of its author's accepted submissions: the code
-- and language are read from that submission, never copied, so a solution always shows code
-- that was judged accepted. Nothing ever inserted into these tables, so they are reshaped in
-- place; a row without a submission could not be shown and would fail the `not null` loudly.

alter table solutions
    -- One solution per submission: sharing the same code twice is a conflict.
    add column submission_id uuid not null unique references submissions (id) on delete cascade,
    -- The submission's language is the truth (and 0005's list of languages predates C).
    drop column language;
alter table solutions rename column body to explanation;
alter table solutions
    alter column title type varchar(120),
    add constraint solutions_title_check check (char_length(btrim(title)) >= 3),
    add constraint solutions_explanation_check check (octet_length(explanation) <= 16384);

-- `votes` stays as 0005 made it: kept equal to sum(solution_votes.value) by the trigger
-- `solution_votes_apply` in the vote's own transaction. Its `update ... set votes = votes + d`
-- waits for any other vote's lock on the row and applies to the committed value, so concurrent
-- votes add up. The vote is one row per user and solution (the primary key), changed in place.
--
-- `updated_at` means "edited": the generic trigger also fired on every vote's score update, so
-- it now fires only when the words change.
drop trigger set_updated_at on solutions;
create trigger set_updated_at before update of title, explanation on solutions
    for each row
    when (old.title is distinct from new.title or old.explanation is distinct from new.explanation)
    execute function set_updated_at();

-- Newest first within a problem, and by score then newest (the list's two orders).
drop index solutions_problem_votes_idx;
create index solutions_problem_votes_idx on solutions (problem_id, votes desc, created_at desc);
