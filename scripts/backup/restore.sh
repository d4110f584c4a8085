#!/usr/bin/env bash
# Restores a base backup (base-backup.sh) into a new data folder and replays the WAL archive up
# to a point in time, then promotes the new instance and leaves it running on PORT.
#
# Usage: scripts/backup/restore.sh <backup folder> <WAL archive folder> <target time> <new data folder> <port>
#   target time: a timestamp with time zone, e.g. '2026-12-04 14:05:00+00'
# Everything committed at or before the target time is there, nothing committed after it.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
source "$here/scripts/lib/services.sh"

backup=${1:?backup folder} archive=${2:?WAL archive} target=${3:?target time} data=${4:?new data folder} port=${5:?port}
bin=$(pg_bin)
[ ! -e "$data/db" ] || { echo "restore: $data/db exists; restore into a new folder" >&2; exit 1; }
mkdir -p "$data/db" "$data/run"
[ "$(id -u)" -eq 0 ] && chown -R postgres: "$data"
chmod 700 "$data/db"
as_pg_owner tar -xzf "$backup/base.tar.gz" -C "$data/db"
# The WAL streamed with the backup goes where recovery looks first.
as_pg_owner tar -xzf "$backup/pg_wal.tar.gz" -C "$data/db/pg_wal"
# recovery.signal: targeted recovery from the archive; promote once the target is reached.
as_pg_owner tee -a "$data/db/postgresql.auto.conf" >/dev/null <<CONF
restore_command = 'cp $archive/%f %p'
recovery_target_time = '$target'
recovery_target_inclusive = true
recovery_target_action = 'promote'
archive_mode = off
CONF
as_pg_owner touch "$data/db/recovery.signal"
as_pg_owner "$bin/pg_ctl" -D "$data/db" -l "$data/postgres.log" -w -t 120 \
  -o "-p $port -k $data/run -c listen_addresses=127.0.0.1" start >/dev/null
# Recovery has ended when the server accepts writes again.
for _ in $(seq 120); do
  [ "$("$bin/psql" "postgres://postgres@127.0.0.1:$port/postgres" -tAc 'select pg_is_in_recovery()' 2>/dev/null)" = f ] && exit 0
  sleep 0.5
done
echo "restore: the instance on $port did not finish recovery (see $data/postgres.log)" >&2
exit 1
