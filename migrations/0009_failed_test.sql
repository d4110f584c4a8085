-- The first failed test of a practice submission, as LeetCode shows it: its number, input,
-- expected and actual output and what the program printed besides (each trimmed). Contest
-- submissions never store it: contestants see only the verdict and the test number.
alter table submissions add column failed_test jsonb;
