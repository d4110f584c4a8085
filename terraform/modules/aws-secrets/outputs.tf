output "farm_secret_arn" {
  description = "The farm's secret (the farm's IAM role may read it)."
  value       = aws_secretsmanager_secret.farm.arn
}

output "farm_secret_name" {
  description = "The farm's secret's name (the ExternalSecret's remoteRef.key)."
  value       = aws_secretsmanager_secret.farm.name
}

output "farm_secret_keys" {
  description = "The JSON keys the secret must hold."
  value       = local.farm_keys
}
