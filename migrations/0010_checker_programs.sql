-- A custom checker's program ({"language": ..., "code": ...}) when checker.kind = 'custom': the
-- judge compiles it in a box of its own and runs it per test with the Kattis output-validator
-- interface (input, answer and feedback paths as arguments, the output on stdin, exit 42 or 43).
alter table problems add column checker_program jsonb;
alter table problems add constraint problems_custom_checker_has_program
    check ((checker ->> 'kind' = 'custom') = (checker_program is not null));
