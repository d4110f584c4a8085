# The edge on Cloudflare: the KV namespace, the R2 buckets and the public DNS record. The Worker
# script, its routes and its Durable Object namespaces (RateLimiter, ContestRoom, created by the
# script's migrations; they have no resource of their own) are uploaded by `wrangler deploy
# --env <env>` from wrangler.toml, with the static assets. The Cloudflare provider cannot
# upload this Worker: it has both Durable Object migrations and a wasm module, and
# `cloudflare_workers_script` uploads one JavaScript module only
# (cloudflare/terraform-provider-cloudflare#6852). An earlier opt-in path here uploaded
# index.js alone, so it could never have run; it is gone rather than kept half-working.

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
