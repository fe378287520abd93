output "aws_region" {
  description = "Region of the deployment."
  value       = var.aws_region
}

output "instance_id" {
  description = "ID of the EC2 Docker host (for SSM: aws ssm start-session --target <id>)."
  value       = aws_instance.app.id
}

output "instance_public_ip" {
  description = "Public IPv4 address of the EC2 Docker host."
  value       = aws_instance.app.public_ip
}

output "instance_public_dns" {
  description = "Public DNS name of the EC2 Docker host."
  value       = aws_instance.app.public_dns
}

output "ssh_enabled" {
  description = "Whether SSH is open (ssh_ingress_cidr and ssh_key_name set); deploy-ec2.sh uses SSM otherwise."
  value       = var.ssh_ingress_cidr != "" && var.ssh_key_name != ""
}

output "rds_address" {
  description = "Host name of the RDS warehouse."
  value       = aws_db_instance.warehouse.address
}

output "rds_endpoint" {
  description = "host:port of the RDS warehouse."
  value       = aws_db_instance.warehouse.endpoint
}

output "rds_port" {
  description = "Port of the RDS warehouse."
  value       = aws_db_instance.warehouse.port
}

output "db_name" {
  description = "Name of the warehouse database."
  value       = aws_db_instance.warehouse.db_name
}

output "db_master_secret_arn" {
  description = "Secrets Manager ARN of the RDS-managed master credentials."
  value       = aws_db_instance.warehouse.master_user_secret[0].secret_arn
}

output "bucket_name" {
  description = "S3 bucket of the medical-records files (S3_BUCKET)."
  value       = aws_s3_bucket.data.id
}

output "s3_prefix" {
  description = "Key prefix of the medical-records files (S3_PREFIX)."
  value       = var.s3_prefix
}

output "api_url" {
  description = "Medilink API (reachable from api_ingress_cidrs; otherwise forward port 5000 through SSM)."
  value       = "http://${aws_instance.app.public_dns}:5000"
}

output "airflow_url" {
  description = "Airflow UI (reachable from airflow_ingress_cidrs; otherwise forward port 8088 through SSM)."
  value       = "http://${aws_instance.app.public_dns}:8088"
}
