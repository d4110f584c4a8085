variable "name" {
  description = "Prefix of every resource's name (e.g. algoarena-production)."
  type        = string
}

variable "cidr_block" {
  description = "The VPC's address range; split into a public and a private /20 per zone."
  type        = string
  default     = "10.20.0.0/16"
}

variable "availability_zones" {
  description = "Exactly three zones (TRD §12: RDS and EKS across 3 AZs)."
  type        = list(string)

  validation {
    condition     = length(var.availability_zones) == 3
    error_message = "Give exactly three availability zones."
  }
}

variable "flow_log_retention_days" {
  description = "How long the VPC flow logs are kept in CloudWatch."
  type        = number
  default     = 365
}

variable "kms_key_arn" {
  description = "KMS key that encrypts the flow logs' log group."
  type        = string
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
