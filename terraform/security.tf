# The Docker host: inbound only from the load balancer's group (when domain_name is set) or from the
# listed CIDRs (without it); outbound HTTPS (images, packages, AWS APIs) and PostgreSQL to the
# database group only. Port 9464 (the API's metrics listener) is never opened.
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

# The HTTPS load balancer: 443 (and 80, which only redirects) from the allowed networks.
resource "aws_security_group" "alb" {
  count = local.alb ? 1 : 0

  name        = "${local.name}-alb"
  description = "Medilink HTTPS load balancer (API and Airflow UI)"
  vpc_id      = aws_vpc.main.id

  tags = { Name = "${local.name}-alb" }
}

locals {
  # Who may open a connection to the load balancer: API and Airflow clients alike; the Airflow host
  # name is further limited to airflow_ingress_cidrs by its listener rule.
  alb_ingress_cidrs = local.alb ? distinct(concat(var.api_ingress_cidrs, var.airflow_ingress_cidrs)) : []
  # Ports of the host the load balancer forwards to.
  host_ports = { api = 5000, airflow = 8088 }
}

resource "aws_vpc_security_group_ingress_rule" "alb_https" {
  count = length(local.alb_ingress_cidrs)

  security_group_id = aws_security_group.alb[0].id
  description       = "HTTPS from an allowed network"
  cidr_ipv4         = local.alb_ingress_cidrs[count.index]
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
}

resource "aws_vpc_security_group_ingress_rule" "alb_http_redirect" {
  count = length(local.alb_ingress_cidrs)

  security_group_id = aws_security_group.alb[0].id
  description       = "HTTP from an allowed network, answered with a redirect to HTTPS"
  cidr_ipv4         = local.alb_ingress_cidrs[count.index]
  ip_protocol       = "tcp"
  from_port         = 80
  to_port           = 80
}

resource "aws_vpc_security_group_egress_rule" "alb_to_app" {
  for_each = local.alb ? local.host_ports : {}

  security_group_id            = aws_security_group.alb[0].id
  description                  = "The load balancer forwards to the host (${each.key})"
  referenced_security_group_id = aws_security_group.app.id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
}

resource "aws_vpc_security_group_ingress_rule" "app_from_alb" {
  for_each = local.alb ? local.host_ports : {}

  security_group_id            = aws_security_group.app.id
  description                  = "From the load balancer only (${each.key})"
  referenced_security_group_id = aws_security_group.alb[0].id
  ip_protocol                  = "tcp"
  from_port                    = each.value
  to_port                      = each.value
}

# Without a load balancer: the listed networks reach the host's ports directly (plain HTTP; the
# variables refuse 0.0.0.0/0 here).
resource "aws_vpc_security_group_ingress_rule" "api" {
  count = local.alb ? 0 : length(var.api_ingress_cidrs)

  security_group_id = aws_security_group.app.id
  description       = "Medilink API from an allowed network"
  cidr_ipv4         = var.api_ingress_cidrs[count.index]
  ip_protocol       = "tcp"
  from_port         = 5000
  to_port           = 5000
}

resource "aws_vpc_security_group_ingress_rule" "airflow" {
  count = local.alb ? 0 : length(var.airflow_ingress_cidrs)

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
