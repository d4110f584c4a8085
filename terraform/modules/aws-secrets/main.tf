# The farm's secrets as one Secrets Manager secret whose JSON keys are the farm's environment
# variables (judge-farm/src/config.rs). Terraform creates the container, never the values:
# operators put them with `aws secretsmanager put-secret-value` (README "Deploy"), so no secret
# passes through Terraform state. The External Secrets Operator syncs it into the Kubernetes
# Secret `judge-farm` (deploy/k8s/base/external-secret.yaml).

locals {
  # The keys the farm reads; documented here so the README's put-secret-value example and the
  # ExternalSecret stay in step.
  farm_keys = [
    "DATABASE_URL",        # postgres://algoarena:...@RDS_ENDPOINT/algoarena?sslmode=require
    "REDIS_URL",           # rediss://:AUTH_TOKEN@PRIMARY_ENDPOINT:6379
    "FARM_SHARED_SECRET",  # same value as the Worker's FARM_SHARED_SECRET
    "TOTP_ENCRYPTION_KEY", # 64 hex digits (openssl rand -hex 32)
    "RESEND_API_KEY",      # e-mail sending
    "METRICS_TOKEN",       # bearer token Prometheus scrapes /metrics with
    "OPENAI_API_KEY",      # optional: AI hints through OpenAI (else Anthropic, else local)
    "ANTHROPIC_API_KEY",   # optional: AI hints through Anthropic
  ]
}

resource "aws_secretsmanager_secret" "farm" {
  name                    = "${var.name}/judge-farm"
  description             = "Environment of the judge farm: ${join(", ", local.farm_keys)}"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}
