-- Scored problems (IOI style): the hidden tests fall into groups, each worth points that a
-- submission earns only when every test of the group passes. problems.scoring lists the groups
-- in judging order ({"groups": [{"name": "group1", "score": 30}, ...]}), null for a pass/fail
-- problem; each test names its group in the existing test_cases.group_name (null for samples,
-- which are worth nothing). A judged submission of a scored problem keeps its score and the
-- most it could have scored.
alter table problems add column scoring jsonb;
alter table submissions add column score double precision,
                        add column max_score double precision;
alter table submissions add constraint submissions_score_check
    check ((score is null) = (max_score is null) and score >= 0 and score <= max_score);
