variable "bucket_name" {
  description = "Globally unique name of the submission archive bucket."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key for objects at rest."
  type        = string
}

variable "noncurrent_version_days" {
  description = "How long overwritten or deleted versions stay restorable."
  type        = number
  default     = 90
}

variable "access_log_bucket" {
  description = "Bucket receiving S3 server access logs."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
