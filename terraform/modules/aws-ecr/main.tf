# ECR repositories for the farm's image and the nine sandbox images. Tags are immutable (a
# release tag always names the same bytes; deploy/k8s pins them), images are scanned on push.

locals {
  repositories = concat(["judge-farm"], [for l in var.sandbox_languages : "sandbox-${l}"])
}

resource "aws_ecr_repository" "this" {
  for_each             = toset(local.repositories)
  name                 = "${var.prefix}/${each.value}"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = var.kms_key_arn
  }
  tags = var.tags
}

resource "aws_ecr_lifecycle_policy" "this" {
  for_each   = aws_ecr_repository.this
  repository = each.value.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      description  = "Expire untagged images"
      selection = {
        tagStatus   = "untagged"
        countType   = "sinceImagePushed"
        countUnit   = "days"
        countNumber = var.untagged_expiry_days
      }
      action = { type = "expire" }
    }]
  })
}
