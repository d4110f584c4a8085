#!/usr/bin/env bash
# Disaster-recovery test (TRD §12): backup and point-in-time restore of PostgreSQL for real.
#  1. start a private Postgres with WAL archiving to a folder;
#  2. write rows A, take a base backup (base-backup.sh), write rows B;
#  3. note the time T, then write rows C and archive the WAL;
#  4. restore the base backup + archive to T into a new instance (restore.sh);
#  5. check that exactly A and B are there (B only reaches it through WAL replay), and not C.
# Ports: TEST_PORT_BASE+42 and +43 when set (scripts/lib/services.sh style), else 55442/55443.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
source "$here/scripts/lib/services.sh"

log() { printf '\033[1;34m[pitr-test]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[pitr-test]\033[0m %s\n' "$*" >&2; exit 1; }

base_port=${TEST_PORT_BASE:-55400}
primary_port=$((base_port + 42)) restored_port=$((base_port + 43))
bin=$(pg_bin)
work=$(mktemp -d /tmp/algoarena-pitr.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown postgres: "$work"
cleanup() {
  for d in primary restored; do
    [ -f "$work/$d/db/PG_VERSION" ] && as_pg_owner "$bin/pg_ctl" -D "$work/$d/db" -m immediate stop >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# 1. The primary, archiving every finished WAL segment into $work/wal-archive.
mkdir -p "$work/primary/run" "$work/wal-archive"
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$work/primary" "$work/wal-archive"
as_pg_owner "$bin/initdb" -D "$work/primary/db" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg_owner tee -a "$work/primary/db/postgresql.auto.conf" >/dev/null <<CONF
wal_level = replica
archive_mode = on
archive_command = 'test ! -f $work/wal-archive/%f && cp %p $work/wal-archive/%f'
max_wal_senders = 4
CONF
as_pg_owner "$bin/pg_ctl" -D "$work/primary/db" -l "$work/primary/postgres.log" -w \
  -o "-p $primary_port -k $work/primary/run -c listen_addresses=127.0.0.1" start >/dev/null
primary="postgres://postgres@127.0.0.1:$primary_port/postgres"
sql() { "$bin/psql" "$1" -v ON_ERROR_STOP=1 -qtAc "$2"; }
log "primary on $primary_port, archiving WAL"

# 2. Rows A, the base backup, rows B.
sql "$primary" "create table submissions_probe (id int primary key, batch text not null, at timestamptz not null default clock_timestamp())"
sql "$primary" "insert into submissions_probe (id, batch) select g, 'A' from generate_series(1, 100) g"
backup=$("$here/scripts/backup/base-backup.sh" "$primary" "$work/backups")
log "base backup in $backup"
sql "$primary" "insert into submissions_probe (id, batch) select g, 'B' from generate_series(101, 150) g"

# 3. T after B's commit, with a margin on both sides, then rows C.
sleep 1
target=$(sql "$primary" "select clock_timestamp()")
sleep 1
sql "$primary" "insert into submissions_probe (id, batch) select g, 'C' from generate_series(151, 170) g"
# Close the segment holding C and wait until it is archived: recovery must see a commit after T
# to know it has reached T.
segment=$(sql "$primary" "select pg_walfile_name(pg_current_wal_lsn())")
sql "$primary" "select pg_switch_wal()" >/dev/null
for _ in $(seq 60); do
  [ -f "$work/wal-archive/$segment" ] && break
  sleep 0.5
done
[ -f "$work/wal-archive/$segment" ] || fail "WAL segment $segment was not archived"
log "target time $target; rows C written after it; WAL archived up to $segment"

# 4. Restore into a new instance.
"$here/scripts/backup/restore.sh" "$backup" "$work/wal-archive" "$target" "$work/restored" "$restored_port"
restored="postgres://postgres@127.0.0.1:$restored_port/postgres"
log "restored instance on $restored_port"

# 5. Exactly the data before T.
got=$(sql "$restored" "select batch || ':' || count(*) || ':' || min(id) || '-' || max(id) from submissions_probe group by batch order by batch" | tr '\n' ' ')
want="A:100:1-100 B:50:101-150 "
[ "$got" = "$want" ] || fail "restored rows are '$got', expected '$want' (A before the backup, B replayed from WAL, no C)"
late=$(sql "$restored" "select count(*) from submissions_probe where at > '$target'")
[ "$late" = 0 ] || fail "$late restored rows were written after the target time"
# The restored instance is a primary of its own: it accepts writes.
sql "$restored" "insert into submissions_probe (id, batch) values (1000, 'after-restore')"
log "point-in-time restore holds exactly the 150 rows written before T (A from the base backup, B from the WAL archive)"
