variable "name" {
  description = "The database instance's identifier."
  type        = string
}

variable "vpc_id" {
  description = "The VPC the database lives in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets over three zones (the standby goes to another zone)."
  type        = list(string)
}

variable "allowed_security_group_ids" {
  description = "Security groups admitted on 5432 (the EKS nodes)."
  type        = list(string)
}

variable "engine_version" {
  description = "PostgreSQL major.minor."
  type        = string
  default     = "16.4"
}

variable "instance_class" {
  description = "Instance size."
  type        = string
  default     = "db.r6g.large"
}

variable "allocated_storage_gb" {
  description = "Initial storage; grows automatically up to max_allocated_storage_gb."
  type        = number
  default     = 100
}

variable "max_allocated_storage_gb" {
  description = "Storage autoscaling ceiling."
  type        = number
  default     = 1000
}

variable "backup_retention_days" {
  description = "Daily snapshots and the point-in-time window (TRD §12: 30 days)."
  type        = number
  default     = 30

  validation {
    condition     = var.backup_retention_days >= 30
    error_message = "TRD §12 asks for at least 30 days of backups."
  }
}

variable "database_name" {
  description = "The farm's database."
  type        = string
  default     = "algoarena"
}

variable "master_username" {
  description = "Administrator login; its password is managed by RDS in Secrets Manager."
  type        = string
  default     = "algoarena_admin"
}

variable "kms_key_arn" {
  description = "KMS key for storage, Performance Insights and the managed master secret."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}

variable "require_tls" {
  description = "Refuse unencrypted connections (rds.force_ssl). The farm needs a TLS-capable build for this (docs/operations.md, \"TLS inside the VPC\")."
  type        = bool
  default     = true
}
