#!/usr/bin/env python3
"""Archives submitted code to versioned object storage and restores it (TRD §12: S3 versioning
on submission storage).

Each submission's code is one object, `submissions/<id>.<ext>`, with its language, user,
problem and submit time as metadata. Archiving is idempotent: an object is written only when
the code differs from its newest version, so re-running it is cheap and a changed (or damaged)
row adds a version instead of replacing the good one. Restoring reads any version back, to a
file or into the row.

Stores:
  s3://BUCKET[/PREFIX]  S3 with versioning on (terraform/modules/aws-archive), through the AWS CLI
  DIR                   a local folder that keeps versions the same way (tests, single hosts):
                        DIR/<key>/<version-id> plus <version-id>.json metadata

Usage:
  archive_submissions.py archive  --database-url URL --store STORE [--since TIMESTAMP]
  archive_submissions.py versions --store STORE --id UUID
  archive_submissions.py restore  --store STORE --id UUID [--version VID] (--out FILE | --database-url URL)
"""

import argparse
import datetime
import hashlib
import json
import os
import subprocess
import sys

EXT = {"python3": "py", "java": "java", "cpp17": "cpp", "javascript": "js", "typescript": "ts",
       "go": "go", "rust": "rs", "kotlin": "kt", "csharp": "cs", "c": "c"}
BATCH = 500


def psql(url, sql, *params):
    """One value from Postgres through psql (no driver needed); params are bound with -v."""
    args = ["psql", url, "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1"]
    for i, p in enumerate(params):
        args += ["-v", f"p{i}={p}"]
    return subprocess.run(args, input=sql, text=True, capture_output=True, check=True).stdout


class DirStore:
    """Versioned objects in a folder: versions sort by their id (UTC time + content hash)."""

    def __init__(self, root):
        self.root = root

    def versions(self, key):
        d = os.path.join(self.root, key)
        if not os.path.isdir(d):
            return []
        return sorted((v for v in os.listdir(d) if not v.endswith(".json")), reverse=True)

    def get(self, key, version=None):
        v = version or (self.versions(key) or [None])[0]
        if v is None:
            raise KeyError(key)
        with open(os.path.join(self.root, key, v), "rb") as f:
            return f.read(), v

    def put(self, key, body, metadata):
        d = os.path.join(self.root, key)
        os.makedirs(d, exist_ok=True)
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        vid = f"{now}-{hashlib.sha256(body).hexdigest()[:12]}"
        tmp = os.path.join(d, f".{vid}.tmp")
        with open(tmp, "wb") as f:
            f.write(body)
        with open(os.path.join(d, vid + ".json"), "w") as f:
            json.dump(metadata, f)
        os.replace(tmp, os.path.join(d, vid))
        return vid


class S3Store:
    """A versioned S3 bucket through the AWS CLI (credentials from IRSA or the environment)."""

    def __init__(self, url):
        bucket, _, prefix = url[len("s3://"):].partition("/")
        self.bucket, self.prefix = bucket, prefix.strip("/")

    def _key(self, key):
        return f"{self.prefix}/{key}" if self.prefix else key

    def _aws(self, *args):
        r = subprocess.run(["aws", "s3api", *args, "--output", "json"], capture_output=True, check=True)
        return json.loads(r.stdout or b"{}")

    def versions(self, key):
        out = self._aws("list-object-versions", "--bucket", self.bucket, "--prefix", self._key(key))
        vs = [v for v in out.get("Versions", []) if v["Key"] == self._key(key)]
        return [v["VersionId"] for v in sorted(vs, key=lambda v: v["LastModified"], reverse=True)]

    def get(self, key, version=None):
        import tempfile
        with tempfile.NamedTemporaryFile() as tmp:
            args = ["get-object", "--bucket", self.bucket, "--key", self._key(key)]
            if version:
                args += ["--version-id", version]
            out = self._aws(*args, tmp.name)
            return open(tmp.name, "rb").read(), out.get("VersionId")

    def put(self, key, body, metadata):
        import tempfile
        with tempfile.NamedTemporaryFile() as tmp:
            tmp.write(body)
            tmp.flush()
            meta = ",".join(f"{k}={v}" for k, v in metadata.items())
            out = self._aws("put-object", "--bucket", self.bucket, "--key", self._key(key),
                            "--body", tmp.name, "--metadata", meta)
            return out.get("VersionId")


def store_for(spec):
    return S3Store(spec) if spec.startswith("s3://") else DirStore(spec)


def key_for(sub_id, language):
    return f"submissions/{sub_id}.{EXT.get(language, 'txt')}"


def find_key(store, sub_id):
    for ext in set(EXT.values()) | {"txt"}:
        k = f"submissions/{sub_id}.{ext}"
        if store.versions(k):
            return k
    raise SystemExit(f"submission {sub_id} is not in the archive")


def archive(args):
    store = store_for(args.store)
    since, after_id, written, unchanged = args.since or "-infinity", "00000000-0000-0000-0000-000000000000", 0, 0
    while True:
        # Keyset pagination over (created_at, id): stable while new rows arrive.
        rows = json.loads(psql(args.database_url, f"""
            select coalesce(json_agg(s), '[]') from (
              select id, user_id, problem_id, language, code, created_at
              from submissions
              where (created_at, id) > (:'p0'::timestamptz, :'p1'::uuid)
              order by created_at, id limit {BATCH}) s""", since, after_id) or "[]")
        for r in rows:
            key, body = key_for(r["id"], r["language"]), r["code"].encode()
            try:
                latest, _ = store.get(key)
            except (KeyError, subprocess.CalledProcessError):
                latest = None
            if latest == body:
                unchanged += 1
                continue
            store.put(key, body, {"language": r["language"], "user": r["user_id"],
                                  "problem": r["problem_id"], "submitted": r["created_at"]})
            written += 1
        if len(rows) < BATCH:
            break
        since, after_id = rows[-1]["created_at"], rows[-1]["id"]
    print(f"archive: {written} new versions, {unchanged} unchanged")


def versions(args):
    store = store_for(args.store)
    for v in store.versions(find_key(store, args.id)):
        print(v)


def restore(args):
    store = store_for(args.store)
    body, vid = store.get(find_key(store, args.id), args.version)
    if args.out:
        with open(args.out, "wb") as f:
            f.write(body)
    else:
        n = psql(args.database_url, "update submissions set code = :'p0', updated_at = now() where id = :'p1'::uuid returning 1",
                 body.decode(), args.id)
        if n.strip() != "1":
            raise SystemExit(f"submission {args.id} is not in the database")
    print(f"restore: submission {args.id} version {vid} ({len(body)} bytes)")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="command", required=True)
    a = sub.add_parser("archive")
    a.add_argument("--database-url", required=True)
    a.add_argument("--store", required=True)
    a.add_argument("--since")
    a.set_defaults(run=archive)
    v = sub.add_parser("versions")
    v.add_argument("--store", required=True)
    v.add_argument("--id", required=True)
    v.set_defaults(run=versions)
    r = sub.add_parser("restore")
    r.add_argument("--store", required=True)
    r.add_argument("--id", required=True)
    r.add_argument("--version")
    dest = r.add_mutually_exclusive_group(required=True)
    dest.add_argument("--out")
    dest.add_argument("--database-url")
    r.set_defaults(run=restore)
    args = p.parse_args()
    args.run(args)


if __name__ == "__main__":
    sys.exit(main())
