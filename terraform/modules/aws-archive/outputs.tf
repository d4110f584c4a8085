output "bucket" {
  description = "The archive bucket's name (the farm's ARCHIVE_BUCKET)."
  value       = aws_s3_bucket.this.id
}

output "bucket_arn" {
  description = "The archive bucket's ARN (the farm's IAM role may write it)."
  value       = aws_s3_bucket.this.arn
}
