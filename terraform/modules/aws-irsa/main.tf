# An IAM role that exactly one Kubernetes service account may assume (IRSA): the pods get
# short-lived credentials for what they need and nothing else (no node role borrowing:
# IMDS hop limit 1 in aws-eks).

locals {
  issuer_host = replace(var.oidc_issuer, "https://", "")
}

data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = [var.oidc_provider_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:sub"
      values   = ["system:serviceaccount:${var.namespace}:${var.service_account}"]
    }
    condition {
      test     = "StringEquals"
      variable = "${local.issuer_host}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

data "aws_iam_policy_document" "access" {
  dynamic "statement" {
    for_each = length(var.secret_arns) > 0 ? [1] : []
    content {
      sid       = "ReadSecrets"
      actions   = ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"]
      resources = var.secret_arns
    }
  }
  dynamic "statement" {
    for_each = var.archive_bucket_arn == null ? [] : [1]
    content {
      sid       = "ArchiveObjects"
      actions   = ["s3:GetObject", "s3:GetObjectVersion", "s3:PutObject"]
      resources = ["${var.archive_bucket_arn}/*"]
    }
  }
  dynamic "statement" {
    for_each = var.archive_bucket_arn == null ? [] : [1]
    content {
      sid       = "ArchiveList"
      actions   = ["s3:ListBucket", "s3:ListBucketVersions"]
      resources = [var.archive_bucket_arn]
    }
  }
  statement {
    sid       = "UseKey"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = [var.kms_key_arn]
  }
}

resource "aws_iam_role_policy" "this" {
  name   = "access"
  role   = aws_iam_role.this.id
  policy = data.aws_iam_policy_document.access.json
}
