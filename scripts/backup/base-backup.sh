#!/usr/bin/env bash
# Takes a base backup of a running PostgreSQL with pg_basebackup (tar, compressed, with the WAL
# needed to make it consistent), into BACKUP_ROOT/base-<UTC timestamp>/. Together with the
# server's WAL archive (archive_mode=on, archive_command copying to the archive folder: see
# configure_wal_archiving in lib.sh) it allows restoring to any point in time after it
# (restore.sh). Production uses RDS's own snapshots and PITR instead (docs/operations.md); this
# is for self-hosted Postgres and for the restore test (pitr-test.sh).
#
# Usage: scripts/backup/base-backup.sh <connection URL of a replication-capable user> <BACKUP_ROOT>
# Prints the backup's folder.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
source "$here/scripts/lib/services.sh"

url=${1:?connection URL}
root=${2:?backup root}
dest="$root/base-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$root"
[ "$(id -u)" -eq 0 ] && chown postgres: "$root"
# -X stream: the WAL written during the backup is in it, so the backup restores on its own
# even without the archive; --checkpoint=fast: start now rather than at the next checkpoint.
as_pg_owner "$(pg_bin)/pg_basebackup" -d "$url" -D "$dest" -Ft -z -X stream --checkpoint=fast \
  --label "algoarena $(date -u +%FT%TZ)" --no-password
test -f "$dest/base.tar.gz" -a -f "$dest/backup_manifest"
echo "$dest"
