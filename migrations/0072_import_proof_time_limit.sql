-- A Kattis package without a time limit gets one computed from its accepted references when
-- they are judged; a proven package is not judged again, so its proof keeps that limit.
alter table import_proofs add column time_limit_ms integer
    check (time_limit_ms is null or time_limit_ms between 100 and 20000);
