# AlgoArena production: every module wired together. Copy this folder, fill terraform.tfvars
# (terraform.tfvars.example), then `terraform init -backend-config=...` and `terraform apply`
# (README "Deploy").

locals {
  name = "algoarena-${var.environment}"
  tags = { project = "algoarena", environment = var.environment, managed-by = "terraform" }
}

data "aws_caller_identity" "current" {}

# One customer-managed key for everything at rest (logs, EKS secrets, RDS, Redis, ECR, S3,
# Secrets Manager), rotated yearly.
data "aws_iam_policy_document" "kms" {
  statement {
    sid       = "AccountAdmin"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "CloudWatchLogs"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.${var.region}.amazonaws.com"]
    }
  }
}

resource "aws_kms_key" "main" {
  description             = "${local.name} data at rest"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  policy                  = data.aws_iam_policy_document.kms.json
}

resource "aws_kms_alias" "main" {
  name          = "alias/${local.name}"
  target_key_id = aws_kms_key.main.key_id
}

# Receives the archive bucket's access logs.
resource "aws_s3_bucket" "logs" {
  bucket = "${var.archive_bucket_name}-logs"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      # S3 server access logging only delivers to SSE-S3 buckets.
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    id     = "expire-access-logs"
    status = "Enabled"
    filter {}
    expiration {
      days = 400
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }
}

module "vpc" {
  source             = "../../modules/aws-vpc"
  name               = local.name
  availability_zones = var.availability_zones
  kms_key_arn        = aws_kms_key.main.arn
  tags               = local.tags
}

module "eks" {
  source              = "../../modules/aws-eks"
  name                = local.name
  vpc_id              = module.vpc.vpc_id
  subnet_ids          = module.vpc.private_subnet_ids
  public_access_cidrs = var.eks_public_access_cidrs
  kms_key_arn         = aws_kms_key.main.arn
  tags                = local.tags
}

module "rds" {
  source                     = "../../modules/aws-rds"
  name                       = local.name
  vpc_id                     = module.vpc.vpc_id
  subnet_ids                 = module.vpc.private_subnet_ids
  allowed_security_group_ids = [module.eks.cluster_security_group_id]
  backup_retention_days      = 30
  kms_key_arn = aws_kms_key.main.arn
  tags                       = local.tags
}

module "redis" {
  source                     = "../../modules/aws-redis"
  name                       = local.name
  vpc_id                     = module.vpc.vpc_id
  subnet_ids                 = module.vpc.private_subnet_ids
  allowed_security_group_ids = [module.eks.cluster_security_group_id]
  auth_token                 = var.redis_auth_token
  kms_key_arn = aws_kms_key.main.arn
  tags                       = local.tags
}

module "ecr" {
  source      = "../../modules/aws-ecr"
  prefix      = "algoarena"
  kms_key_arn = aws_kms_key.main.arn
  tags        = local.tags
}

module "archive" {
  source            = "../../modules/aws-archive"
  bucket_name       = var.archive_bucket_name
  access_log_bucket = aws_s3_bucket.logs.id
  kms_key_arn       = aws_kms_key.main.arn
  tags              = local.tags
}

module "secrets" {
  source      = "../../modules/aws-secrets"
  name        = "algoarena/${var.environment}"
  kms_key_arn = aws_kms_key.main.arn
  tags        = local.tags
}

# The farm's pods (API and workers share the service account `judge-farm`, deploy/k8s/base).
module "farm_irsa" {
  source             = "../../modules/aws-irsa"
  name               = "${local.name}-judge-farm"
  oidc_provider_arn  = module.eks.oidc_provider_arn
  oidc_issuer        = module.eks.oidc_issuer
  namespace          = "algoarena"
  service_account    = "judge-farm"
  secret_arns        = [module.secrets.farm_secret_arn]
  archive_bucket_arn = module.archive.bucket_arn
  kms_key_arn        = aws_kms_key.main.arn
  tags               = local.tags
}

module "edge" {
  source      = "../../modules/cloudflare-edge"
  account_id  = var.cloudflare_account_id
  zone_id     = var.cloudflare_zone_id
  hostname    = var.hostname
  environment = var.environment
  script_name = "algoarena-${var.environment}"
}
