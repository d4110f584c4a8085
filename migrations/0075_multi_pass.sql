-- Multi-pass problems (the ICPC format's `type: multi-pass`): the output validator may accept a
-- pass and write `nextpass.in`, the input of the program's next run on the same test, up to
-- this many runs in all. Null for every other problem (one run per test). Only a problem judged
-- by its own checker program can be multi-pass: the validator is what writes the next input.
alter table problems add column validation_passes smallint;
alter table problems add constraint problems_validation_passes_range
    check (validation_passes is null or validation_passes between 2 and 100);
alter table problems add constraint problems_multi_pass_has_checker
    check (validation_passes is null or checker_program is not null);
