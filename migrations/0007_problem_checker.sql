-- How a problem's outputs are checked (judge-farm/src/checkers: exact, lines, tokens, float,
-- unordered), as its package declared it. The column came with the problems table, nullable;
-- it now always holds a checker, the ICPC line rule the judge has applied so far by default.
update problems set checker = '{"kind": "lines"}' where checker is null;
alter table problems alter column checker set default '{"kind": "lines"}', alter column checker set not null;
comment on column problems.checker is 'A checkers::Checker as JSON; {"kind": "lines"} by default';
