#!/usr/bin/env bash
# Test of the submission archive (archive_submissions.py) with a versioned local store: on a
# scratch database with the real schema (migrations/), archive two submissions, damage one row's
# code, archive again (a second version, the first kept), restore the first version to a file
# and into the row, and check both are byte-exact. Uses PG_ADMIN_URL, or DATABASE_URL's server.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
log() { printf '\033[1;34m[archive-test]\033[0m %s\n' "$*" >&2; }
fail() { printf '\033[1;31m[archive-test]\033[0m %s\n' "$*" >&2; exit 1; }

admin=${PG_ADMIN_URL:-${DATABASE_URL:?DATABASE_URL or PG_ADMIN_URL}}
admin="${admin%/*}/postgres"
db="farm_test_archive_$$"
url="${admin%/*}/$db"
work=$(mktemp -d /tmp/algoarena-archive.XXXXXX)
cleanup() { psql "$admin" -qc "drop database if exists $db" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
sql() { psql "$url" -X -qAt -v ON_ERROR_STOP=1 -c "$1"; }
archive() { python3 "$here/scripts/backup/archive_submissions.py" "$@"; }

psql "$admin" -qc "create database $db" >/dev/null
for m in "$here"/migrations/*.sql; do psql "$url" -X -q -v ON_ERROR_STOP=1 -f "$m" >/dev/null; done
user=$(sql "insert into users (email, username) values ('a@example.com', 'archivist') returning id")
problem=$(sql "insert into problems (slug, title, difficulty, description) values ('two-sum', 'Two Sum', 'Easy', 'x') returning id")
# Code with quotes, backslashes, tabs and non-ASCII, which any quoting slip would change.
# (No final newline: the shell's $(...) below would drop it.)
printf 'def solve(a):\n\treturn "it'"'"'s \\\\n ok — ✓"' >"$work/original.py"
printf '#include <cstdio>\nint main(){puts("hi");}' >"$work/other.cpp"
submit() { # language file: psql binds the code as a literal (variables work in scripts, not -c)
  psql "$url" -X -qAt -v ON_ERROR_STOP=1 -v code="$(cat "$2")" <<<"insert into submissions
    (user_id, problem_id, language, code) values ('$user', '$problem', '$1', :'code') returning id"
}
s1=$(submit python3 "$work/original.py")
s2=$(submit cpp17 "$work/other.cpp")

store="$work/store"
out=$(archive archive --database-url "$url" --store "$store")
[ "$out" = "archive: 2 new versions, 0 unchanged" ] || fail "first archive said: $out"
out=$(archive archive --database-url "$url" --store "$store")
[ "$out" = "archive: 0 new versions, 2 unchanged" ] || fail "re-archiving unchanged rows said: $out"

# A damaged row: the archive keeps the good version and adds the new one.
sql "update submissions set code = 'corrupted' where id = '$s1'"
out=$(archive archive --database-url "$url" --store "$store")
[ "$out" = "archive: 1 new versions, 1 unchanged" ] || fail "archiving the changed row said: $out"
mapfile -t versions < <(archive versions --store "$store" --id "$s1")
[ ${#versions[@]} = 2 ] || fail "expected 2 versions of $s1, got ${#versions[@]}"
[ "$(archive versions --store "$store" --id "$s2" | wc -l)" = 1 ] || fail "expected 1 version of $s2"

# Restore the older version (the list is newest first) to a file and into the row.
archive restore --store "$store" --id "$s1" --version "${versions[1]}" --out "$work/restored.py" >/dev/null
cmp -s "$work/original.py" "$work/restored.py" || fail "the restored file differs from the submitted code"
archive restore --store "$store" --id "$s1" --version "${versions[1]}" --database-url "$url" >/dev/null
[ "$(sql "select code from submissions where id = '$s1'")" = "$(cat "$work/original.py")" ] \
  || fail "the restored row differs from the submitted code"
log "archived 2 submissions, kept both versions of the damaged one, restored the original byte for byte"
