-- Interactive problems (judge_kind = 'interactive'): the package's interactor, {"language": ...,
-- "code": ...} as a checker program is kept. The judge compiles it in a box of its own and, for
-- each test, runs it beside the submission with the Kattis interface (input, answer and
-- feedback paths as arguments; its stdout is the submission's stdin and the other way round;
-- exit 42 accepts, 43 rejects). The interactor alone decides, so such a problem has no checker
-- program, and a function problem (judged through a generated driver) cannot be interactive.
alter table problems add column interactor jsonb;
alter table problems add constraint problems_interactive_has_interactor
    check ((judge_kind = 'interactive') = (interactor is not null));
alter table problems add constraint problems_interactor_decides_alone
    check (interactor is null or checker_program is null);
