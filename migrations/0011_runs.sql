-- Runs (TRD §4.3 "Run code against sample/custom test cases") are rows of `submissions` with
-- kind = 'run', so they share the queue, its leases and its recovery; they are never listed
-- as submissions and never counted. `run_inputs` holds a run's own inputs (null: the problem's
-- samples); `run_cases` each case's result once judged.
alter table submissions add column run_inputs jsonb;
alter table submissions add column run_cases jsonb;
alter table submissions add constraint submissions_run_fields_only_on_runs
    check (kind = 'run' or (run_inputs is null and run_cases is null));

-- A run of custom inputs needs their expected outputs: the judge runs the problem's reference
-- solution, {"language": ..., "code": ...}, the import's pick among its accepted references.
comment on column problems.solution_code is
    'The reference solution ({"language", "code"}) that answers custom Run inputs.';
