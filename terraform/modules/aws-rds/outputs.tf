output "endpoint" {
  description = "host:port of the primary (follows failover)."
  value       = aws_db_instance.this.endpoint
}

output "address" {
  description = "Hostname of the primary."
  value       = aws_db_instance.this.address
}

output "database_name" {
  description = "The farm's database."
  value       = aws_db_instance.this.db_name
}

output "master_user_secret_arn" {
  description = "Secrets Manager secret with the administrator's generated password."
  value       = aws_db_instance.this.master_user_secret[0].secret_arn
}

output "instance_arn" {
  description = "The instance (for restore-to-point-in-time in the runbook)."
  value       = aws_db_instance.this.arn
}
