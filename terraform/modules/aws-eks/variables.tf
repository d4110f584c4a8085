variable "name" {
  description = "The cluster's name."
  type        = string
}

variable "kubernetes_version" {
  description = "EKS control-plane version."
  type        = string
  default     = "1.31"
}

variable "vpc_id" {
  description = "The VPC the cluster lives in."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets, one per availability zone; nodes spread over all of them."
  type        = list(string)
}

variable "public_access_cidrs" {
  description = "Addresses allowed to reach the Kubernetes API endpoint (operators, CI). Empty: private endpoint only."
  type        = list(string)
  default     = []
}

variable "kms_key_arn" {
  description = "KMS key that encrypts Kubernetes secrets and the control-plane log group."
  type        = string
}

variable "general_instance_types" {
  description = "Instance types of the general node group (farm API, system pods)."
  type        = list(string)
  default     = ["m6i.large"]
}

variable "general_scaling" {
  description = "min/desired/max nodes of the general group (at least one per zone)."
  type        = object({ min = number, desired = number, max = number })
  default     = { min = 3, desired = 3, max = 9 }
}

variable "sandbox_instance_types" {
  description = "Instance types of the sandbox node group (judge workers under gVisor); compute-optimised."
  type        = list(string)
  default     = ["c6i.xlarge"]
}

variable "sandbox_scaling" {
  description = "min/desired/max nodes of the sandbox group; the workers' HPA drives the cluster autoscaler within it."
  type        = object({ min = number, desired = number, max = number })
  default     = { min = 3, desired = 3, max = 30 }
}

variable "log_retention_days" {
  description = "Retention of the control-plane logs."
  type        = number
  default     = 365
}

variable "tags" {
  description = "Tags on every resource."
  type        = map(string)
  default     = {}
}
