# The warehouse: RDS PostgreSQL in the private subnets, reachable from the app's security group only.
resource "aws_db_subnet_group" "warehouse" {
  name        = "${local.name}-warehouse"
  description = "Private subnets of the Medilink warehouse"
  subnet_ids  = aws_subnet.private[*].id
}

resource "aws_db_parameter_group" "warehouse" {
  name_prefix = "${local.name}-pg${local.db_major}-"
  family      = "postgres${local.db_major}"
  description = "Medilink warehouse: TLS only, slow-query and DDL logging without bind values"

  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }

  parameter {
    name  = "log_statement"
    value = "ddl"
  }

  parameter {
    name  = "log_min_duration_statement"
    value = "1000"
  }

  # Statements are logged with their $n placeholders, never with the values bound to them (patient
  # data): neither for slow statements nor for failed ones. log_statement stays at ddl (never all).
  parameter {
    name  = "log_parameter_max_length"
    value = "0"
  }

  parameter {
    name  = "log_parameter_max_length_on_error"
    value = "0"
  }

  parameter {
    name  = "log_connections"
    value = "1"
  }

  parameter {
    name  = "log_disconnections"
    value = "1"
  }

  lifecycle {
    create_before_destroy = true
  }
}

# Created here rather than by RDS so that they are encrypted and expire.
resource "aws_cloudwatch_log_group" "rds" {
  for_each = toset(["postgresql", "upgrade"])

  name              = "/aws/rds/instance/${local.name}-warehouse/${each.key}"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.main.arn
}

resource "aws_db_instance" "warehouse" {
  #checkov:skip=CKV_AWS_157:single-AZ by default to halve the cost; set db_multi_az = true for a standby
  identifier     = "${local.name}-warehouse"
  engine         = "postgres"
  engine_version = var.db_engine_version
  instance_class = var.db_instance_class

  db_name  = var.db_name
  username = var.db_username
  # RDS generates the password and keeps it (and rotates it) in Secrets Manager.
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.main.arn

  allocated_storage = var.db_allocated_storage
  # Autoscaling needs headroom above the initial size: at least twice the initial size.
  max_allocated_storage = max(var.db_max_allocated_storage_gb, var.db_allocated_storage * 2)
  storage_type          = "gp3"
  storage_encrypted     = true
  kms_key_id            = aws_kms_key.main.arn

  db_subnet_group_name   = aws_db_subnet_group.warehouse.name
  vpc_security_group_ids = [aws_security_group.db.id]
  publicly_accessible    = false
  multi_az               = var.db_multi_az
  parameter_group_name   = aws_db_parameter_group.warehouse.name
  ca_cert_identifier     = "rds-ca-rsa2048-g1"

  iam_database_authentication_enabled = true
  auto_minor_version_upgrade          = true
  backup_retention_period             = var.db_backup_retention_days
  backup_window                       = "01:00-02:00"
  maintenance_window                  = "sun:02:30-sun:03:30"
  copy_tags_to_snapshot               = true
  deletion_protection                 = true
  skip_final_snapshot                 = false
  final_snapshot_identifier           = "${local.name}-warehouse-final"

  performance_insights_enabled          = true
  performance_insights_kms_key_id       = aws_kms_key.main.arn
  performance_insights_retention_period = 7
  monitoring_interval                   = 60
  monitoring_role_arn                   = aws_iam_role.rds_monitoring.arn
  enabled_cloudwatch_logs_exports       = ["postgresql", "upgrade"]

  depends_on = [aws_cloudwatch_log_group.rds]
}
