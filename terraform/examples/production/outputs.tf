output "eks_cluster_name" {
  description = "aws eks update-kubeconfig --name <this>"
  value       = module.eks.cluster_name
}

output "rds_endpoint" {
  description = "host:port for the farm's DATABASE_URL."
  value       = module.rds.endpoint
}

output "rds_master_secret_arn" {
  description = "Secret with the generated administrator password."
  value       = module.rds.master_user_secret_arn
}

output "redis_primary_endpoint" {
  description = "Host for the farm's REDIS_URL (rediss://)."
  value       = module.redis.primary_endpoint
}

output "ecr_repository_urls" {
  description = "Where CI pushes the farm's and the sandbox images."
  value       = module.ecr.repository_urls
}

output "archive_bucket" {
  description = "The farm's ARCHIVE_BUCKET."
  value       = module.archive.bucket
}

output "farm_secret_name" {
  description = "Fill with `aws secretsmanager put-secret-value` (README Deploy)."
  value       = module.secrets.farm_secret_name
}

output "farm_role_arn" {
  description = "deploy/k8s overlay: the judge-farm service account's eks.amazonaws.com/role-arn."
  value       = module.farm_irsa.role_arn
}

output "kv_namespace_id" {
  description = "wrangler.toml [env.production] PROBLEMS_KV id."
  value       = module.edge.kv_namespace_id
}

output "r2_bucket_name" {
  description = "wrangler.toml [env.production] ARCHIVE bucket_name."
  value       = module.edge.r2_bucket_name
}

output "avatars_bucket_name" {
  description = "wrangler.toml [env.production] AVATARS bucket_name."
  value       = module.edge.avatars_bucket_name
}
