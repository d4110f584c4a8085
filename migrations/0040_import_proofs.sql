-- The import's verdict cache (judge-farm/src/import/proofs.rs): a package whose input validator
-- accepted every test and whose reference solutions all got their verdicts is proven under a
-- key that hashes the package's files, the judge's code, the sandbox and the toolchains; an
-- import that finds the key does not judge the package again.
create table import_proofs (
  key text primary key,
  slug text not null,
  references_judged integer not null,
  proven_at timestamptz not null default now()
);
