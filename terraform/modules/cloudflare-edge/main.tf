# The edge on Cloudflare: the KV namespace, the R2 bucket, the public DNS record, and (with
# manage_worker) the Worker script with its Durable Object namespaces and routes.
# The Durable Object namespaces (RateLimiter, ContestRoom) are created by the script's
# migrations, whichever tool uploads it: they have no resource of their own.

locals {
  suffix = var.environment
}

resource "cloudflare_workers_kv_namespace" "problems" {
  account_id = var.account_id
  title      = "algoarena-problems-${local.suffix}"
}

# Edge-side copies of submitted code and problem attachments; versioning of record is the S3
# archive (aws-archive). Private: the Worker reads it through its binding only.
resource "cloudflare_r2_bucket" "archive" {
  account_id = var.account_id
  name       = "algoarena-archive-${local.suffix}"
  location   = var.r2_location
}

# Users' avatars, re-encoded by the farm and named by their content hash; the Worker serves
# them at /avatars/<hash>.png with immutable cache headers.
resource "cloudflare_r2_bucket" "avatars" {
  account_id = var.account_id
  name       = "algoarena-avatars-${local.suffix}"
  location   = var.r2_location
}

# The hostname only needs to resolve to Cloudflare's proxy: a Worker route answers every request
# (100:: is the documented "originless" address).
resource "cloudflare_dns_record" "app" {
  zone_id = var.zone_id
  name    = var.hostname
  type    = "AAAA"
  content = "100::"
  proxied = true
  ttl     = 1
  comment = "AlgoArena ${var.environment}: served by the Worker ${var.script_name}"
}

resource "cloudflare_workers_script" "edge" {
  count              = var.manage_worker ? 1 : 0
  account_id         = var.account_id
  script_name        = var.script_name
  main_module        = "index.js"
  content_file       = "${var.worker_bundle_dir}/index.js"
  content_sha256     = filesha256("${var.worker_bundle_dir}/index.js")
  compatibility_date = var.compatibility_date

  bindings = concat(
    [
      { name = "PROBLEMS_KV", type = "kv_namespace", namespace_id = cloudflare_workers_kv_namespace.problems.id },
      { name = "ARCHIVE", type = "r2_bucket", bucket_name = cloudflare_r2_bucket.archive.name },
      { name = "AVATARS", type = "r2_bucket", bucket_name = cloudflare_r2_bucket.avatars.name },
      { name = "RATE_LIMITER", type = "durable_object_namespace", class_name = "RateLimiter" },
      { name = "CONTEST_ROOM", type = "durable_object_namespace", class_name = "ContestRoom" },
    ],
    [for k, v in var.worker_vars : { name = k, type = "plain_text", text = v }],
    [for k in nonsensitive(keys(var.worker_secrets)) : { name = k, type = "secret_text", text = var.worker_secrets[k] }],
  )

  migrations = {
    new_tag            = "v2"
    new_sqlite_classes = ["RateLimiter", "ContestRoom"]
  }
}

resource "cloudflare_workers_route" "api" {
  count   = var.manage_worker ? 1 : 0
  zone_id = var.zone_id
  pattern = "${var.hostname}/*"
  script  = cloudflare_workers_script.edge[0].script_name
}
