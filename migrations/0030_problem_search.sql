-- Problem-list search (TRD §4.2, issue 13): full text over the title (weight A) and the
-- statement (weight B) in a generated column with a GIN index, and trigram indexes on the title
-- so a misspelt word (similarity) or the start of a title (ilike 'rev%') still finds a problem.
-- No separate search server: Postgres answers the list query with its filters in one place.

create extension if not exists pg_trgm;

alter table problems add column search tsvector generated always as (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', description), 'B')
) stored;
create index problems_search_idx on problems using gin (search);
create index problems_title_trgm_idx on problems using gin (title gin_trgm_ops);

-- "Newest" sort, and the problem-set and tag-slug filters' lookups.
create index problems_created_at_idx on problems (created_at desc);
