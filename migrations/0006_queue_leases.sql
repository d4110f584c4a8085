-- Leases that expire, so the submission of a dead or stalled worker can be taken over, and the
-- time a submission was last put on the stream, so the sweeper re-enqueues only what the
-- stream has forgotten instead of everything that is merely waiting in a long queue.

alter table submissions
    -- Renewed by the holder's heartbeat; once past, any worker may claim the submission again.
    add column lease_expires_at timestamptz,
    -- The consumer holding the lease, for operators reading a stuck row.
    add column leased_by        text,
    add column enqueued_at      timestamptz not null default now();

-- Existing judging rows predate leases: treat them as leased until their last update.
update submissions set lease_expires_at = updated_at where status = 'judging';
