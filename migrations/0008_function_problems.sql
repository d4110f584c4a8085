-- LeetCode-style problems (judge_kind = 'function'): the [function] or [design] table of the
-- package's problem.toml, as JSON ({"function": {...}} or {"design": {...}}), from which the
-- judge generates each language's driver (judge-farm/src/functions).
alter table problems add column signature jsonb;
alter table problems add constraint problems_function_has_signature
    check ((judge_kind = 'function') = (signature is not null));
