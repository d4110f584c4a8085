output "primary_endpoint" {
  description = "Hostname of the primary (follows failover); the farm uses rediss://:TOKEN@HOST:6379."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "port" {
  description = "The Redis port."
  value       = aws_elasticache_replication_group.this.port
}
