variable "region" {
  description = "AWS region."
  type        = string
  default     = "us-east-1"
}

variable "availability_zones" {
  description = "Three zones of the region."
  type        = list(string)
  default     = ["us-east-1a", "us-east-1b", "us-east-1c"]
}

variable "environment" {
  description = "Environment name (matches wrangler.toml [env.*])."
  type        = string
  default     = "production"
}

variable "eks_public_access_cidrs" {
  description = "Operator and CI addresses allowed to reach the Kubernetes API."
  type        = list(string)
}

variable "archive_bucket_name" {
  description = "Globally unique name of the S3 submission archive."
  type        = string
}

variable "redis_auth_token" {
  description = "Redis AUTH token (TF_VAR_redis_auth_token; also goes into the farm secret's REDIS_URL)."
  type        = string
  sensitive   = true
}

variable "cloudflare_account_id" {
  description = "Cloudflare account id."
  type        = string
}

variable "cloudflare_zone_id" {
  description = "Cloudflare zone id of the public hostname."
  type        = string
}

variable "hostname" {
  description = "The app's public hostname."
  type        = string
}
