output "repository_urls" {
  description = "Repository URL by short name (judge-farm, sandbox-cpp17, ...)."
  value       = { for k, r in aws_ecr_repository.this : k => r.repository_url }
}

output "repository_arns" {
  description = "Repository ARNs (CI's push role is granted these)."
  value       = [for r in aws_ecr_repository.this : r.arn]
}
