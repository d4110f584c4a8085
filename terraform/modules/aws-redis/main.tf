# ElastiCache Redis: a primary and replicas in the other zones with automatic failover. Redis
# carries the submission stream, caches and pub/sub; the queue of record is Postgres (the
# workers' sweeper refills a lost stream), so losing it loses no data (docs/operations.md,
# "Redis fails").

resource "aws_elasticache_subnet_group" "this" {
  name       = var.name
  subnet_ids = var.subnet_ids
  tags       = var.tags
}

resource "aws_security_group" "this" {
  name        = "${var.name}-redis"
  description = "Redis of ${var.name}: only from the EKS nodes"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  for_each                     = toset(var.allowed_security_group_ids)
  security_group_id            = aws_security_group.this.id
  description                  = "Redis from ${each.value}"
  referenced_security_group_id = each.value
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "AlgoArena cache and submission wake-ups"
  engine                     = "redis"
  engine_version             = var.engine_version
  node_type                  = var.node_type
  num_cache_clusters         = var.replicas + 1
  automatic_failover_enabled = true
  multi_az_enabled           = true
  port                       = 6379
  subnet_group_name          = aws_elasticache_subnet_group.this.name
  security_group_ids         = [aws_security_group.this.id]

  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  transit_encryption_enabled = var.transit_encryption
  # ElastiCache accepts an AUTH token only with TLS.
  auth_token = var.transit_encryption ? var.auth_token : null

  snapshot_retention_limit   = 7
  snapshot_window            = "03:00-04:00"
  auto_minor_version_upgrade = true
  tags                       = var.tags
}
