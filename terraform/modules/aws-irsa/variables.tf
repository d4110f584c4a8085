variable "name" {
  description = "The IAM role's name."
  type        = string
}

variable "oidc_provider_arn" {
  description = "The EKS cluster's OIDC provider."
  type        = string
}

variable "oidc_issuer" {
  description = "The EKS cluster's OIDC issuer URL."
  type        = string
}

variable "namespace" {
  description = "Kubernetes namespace of the service account."
  type        = string
}

variable "service_account" {
  description = "Kubernetes service account that may assume the role."
  type        = string
}

variable "secret_arns" {
  description = "Secrets Manager secrets the pods may read."
  type        = list(string)
  default     = []
}

variable "archive_bucket_arn" {
  description = "S3 bucket the pods may read and write objects in (null: none)."
  type        = string
  default     = null
}

variable "kms_key_arn" {
  description = "KMS key the secrets and the bucket are encrypted with."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
