output "aws_region" {
  description = "Region of the deployment."
  value       = var.aws_region
}

output "instance_id" {
  description = "ID of the EC2 Docker host (for SSM: aws ssm start-session --target <id>)."
  value       = aws_instance.app.id
}

output "ec2_public_ip" {
  description = "Public IPv4 address of the EC2 Docker host."
  value       = aws_instance.app.public_ip
}

output "instance_public_dns" {
  description = "Public DNS name of the EC2 Docker host."
  value       = aws_instance.app.public_dns
}

output "ssh_enabled" {
  description = "Whether SSH is open (ssh_ingress_cidr and ec2_key_name set); deploy-ec2.sh uses SSM otherwise."
  value       = var.ssh_ingress_cidr != "" && var.ec2_key_name != ""
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

output "s3_bucket_name" {
  description = "S3 bucket of the medical-records files (S3_BUCKET)."
  value       = aws_s3_bucket.data.id
}

output "s3_prefix" {
  description = "Key prefix of the medical-records files (S3_PREFIX)."
  value       = var.s3_prefix
}

output "deploy_bucket_name" {
  description = "S3 bucket of deploy-ec2.sh's release tarballs (the host reads, never writes)."
  value       = aws_s3_bucket.deploy.id
}

output "deploy_log_group" {
  description = "CloudWatch log group of the SSM deploy commands' output."
  value       = aws_cloudwatch_log_group.deploy.name
}

output "secrets_prefix" {
  description = "Prefix of the Secrets Manager names of the service roles (<prefix>db/<role>) and the pseudonymisation key (<prefix>pseudonym-key)."
  value       = "${local.name}/"
}

output "db_role_secret_arns" {
  description = "Secrets Manager ARNs of the service roles' passwords (the login is the role name), by role."
  value       = { for role, secret in aws_secretsmanager_secret.db_role : role => secret.arn }
}

output "behind_load_balancer" {
  description = "Whether the HTTPS load balancer serves the API and Airflow (domain_name set); host-deploy.sh then sets API_PROXY_HOPS=1."
  value       = local.alb
}

output "alarm_topic_arn" {
  description = "SNS topic of every CloudWatch alarm; subscribe to it."
  value       = aws_sns_topic.alarms.arn
}

output "api_url" {
  description = "Medilink API: https://api.<domain> behind the load balancer, else port 5000 of the host (allowed CIDRs or SSM port forwarding)."
  value       = local.alb ? "https://${local.api_host}" : "http://${aws_instance.app.public_dns}:5000"
}

output "airflow_url" {
  description = "Airflow UI: https://airflow.<domain> behind the load balancer, else port 8088 of the host (allowed CIDRs or SSM port forwarding)."
  value       = local.alb ? "https://${local.airflow_host}" : "http://${aws_instance.app.public_dns}:8088"
}
