output "kv_namespace_id" {
  description = "Put into wrangler.toml [env.<env>] kv_namespaces id."
  value       = cloudflare_workers_kv_namespace.problems.id
}

output "r2_bucket_name" {
  description = "Put into wrangler.toml [env.<env>] r2_buckets bucket_name."
  value       = cloudflare_r2_bucket.archive.name
}

output "avatars_bucket_name" {
  description = "Put into wrangler.toml [env.<env>] r2_buckets (binding AVATARS) bucket_name."
  value       = cloudflare_r2_bucket.avatars.name
}

output "hostname" {
  description = "The public hostname."
  value       = cloudflare_dns_record.app.name
}
