# The Docker host: no inbound traffic unless CIDRs are given; outbound HTTPS (images, packages, AWS
# APIs) and PostgreSQL to the database group only.
resource "aws_security_group" "app" {
  name        = "${local.name}-app"
  description = "Medilink Docker host (Airflow, API)"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.name}-app" }
}

# RDS: PostgreSQL from the app's group only, nothing out.
resource "aws_security_group" "db" {
  name        = "${local.name}-db"
  description = "Medilink warehouse (RDS PostgreSQL)"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.name}-db" }
}

resource "aws_vpc_security_group_ingress_rule" "api" {
  count = length(var.api_ingress_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "Medilink API from an allowed network"
  cidr_ipv4         = var.api_ingress_cidrs[count.index]
  ip_protocol       = "tcp"
  from_port         = 5000
  to_port           = 5000
}

resource "aws_vpc_security_group_ingress_rule" "airflow" {
  count = length(var.airflow_ingress_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "Airflow UI from an allowed network"
  cidr_ipv4         = var.airflow_ingress_cidrs[count.index]
  ip_protocol       = "tcp"
  from_port         = 8088
  to_port           = 8088
}

# No SSH unless ssh_ingress_cidr is set: SSM Session Manager needs no inbound port.
resource "aws_vpc_security_group_ingress_rule" "ssh" {
  count = var.ssh_ingress_cidr == "" ? 0 : 1

  security_group_id = aws_security_group.app.id
  description       = "SSH from the operator network"
  cidr_ipv4         = var.ssh_ingress_cidr
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
}

resource "aws_vpc_security_group_egress_rule" "app_https" {
  security_group_id = aws_security_group.app.id
  description       = "HTTPS out: container images, packages, AWS APIs (SSM, Secrets Manager)"
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_egress_rule" "app_to_db" {
  security_group_id            = aws_security_group.app.id
  description                  = "PostgreSQL to the warehouse"
  referenced_security_group_id = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}

resource "aws_vpc_security_group_ingress_rule" "db_from_app" {
  security_group_id            = aws_security_group.db.id
  description                  = "PostgreSQL from the Docker host"
  referenced_security_group_id = aws_security_group.app.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
}
