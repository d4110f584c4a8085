-- Problem sets are defined in files (problems/sets/*.toml, imported by `judge-farm import`);
-- a file's `order` places its set in the list.

alter table problem_sets add column order_index integer not null default 0;
create index problem_sets_order_idx on problem_sets (order_index, slug);
