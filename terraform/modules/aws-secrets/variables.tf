variable "name" {
  description = "Secret name prefix (e.g. algoarena/production)."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the secret."
  type        = string
}

variable "recovery_window_days" {
  description = "Days a deleted secret stays recoverable."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
