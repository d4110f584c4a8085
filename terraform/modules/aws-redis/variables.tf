variable "name" {
  description = "The replication group's id."
  type        = string
}

variable "vpc_id" {
  description = "The VPC the cache lives in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets over three zones."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups admitted on 6379 (the EKS nodes)."
  type        = list(string)
}

variable "node_type" {
  description = "Cache node size."
  type        = string
  default     = "cache.r7g.large"
}

variable "replicas" {
  description = "Read replicas besides the primary (one per other zone)."
  type        = number
  default     = 2
}

variable "engine_version" {
  description = "Redis engine version."
  type        = string
  default     = "7.1"
}

variable "kms_key_arn" {
  description = "KMS key for data at rest."
  type        = string
}

variable "auth_token" {
  description = "Redis AUTH token (16-128 characters); also stored in the farm's secret as part of REDIS_URL."
  type        = string
  sensitive   = true
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}

variable "transit_encryption" {
  description = "TLS between the farm and Redis (then REDIS_URL is rediss://). The farm needs a TLS-capable build for this (docs/operations.md, \"TLS inside the VPC\")."
  type        = bool
  default     = true
}
