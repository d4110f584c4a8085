variable "prefix" {
  description = "Repository name prefix (e.g. algoarena): repositories are PREFIX/judge-farm and PREFIX/sandbox-LANG."
  type        = string
}

variable "sandbox_languages" {
  description = "One repository per sandbox image (sandbox-images/<language>/Dockerfile)."
  type        = list(string)
  default     = ["c", "cpp17", "csharp", "go", "java", "javascript", "kotlin", "python3", "rust", "typescript"]
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the images."
  type        = string
}

variable "untagged_expiry_days" {
  description = "Untagged images (superseded builds) are deleted after this many days."
  type        = number
  default     = 14
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
