# HTTPS in front of the host when domain_name is set: an Application Load Balancer with an ACM
# certificate for api.<domain> and airflow.<domain> (validated through Route 53), HTTP answered
# with a redirect, TLS 1.2+ only. The API behind it runs with API_PROXY_HOPS=1 (host-deploy.sh).
resource "aws_acm_certificate" "main" {
  count = local.alb ? 1 : 0

  domain_name               = local.api_host
  subject_alternative_names = [local.airflow_host]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }

  tags = { Name = local.name }
}

# Keyed by the host names (known at plan time), each with its validation record from ACM.
resource "aws_route53_record" "certificate_validation" {
  for_each = local.alb ? toset([local.api_host, local.airflow_host]) : toset([])

  zone_id         = var.route53_zone_id
  name            = one([for o in aws_acm_certificate.main[0].domain_validation_options : o.resource_record_name if o.domain_name == each.key])
  type            = one([for o in aws_acm_certificate.main[0].domain_validation_options : o.resource_record_type if o.domain_name == each.key])
  records         = [one([for o in aws_acm_certificate.main[0].domain_validation_options : o.resource_record_value if o.domain_name == each.key])]
  ttl             = 300
  allow_overwrite = true
}

resource "aws_acm_certificate_validation" "main" {
  count = local.alb ? 1 : 0

  certificate_arn         = aws_acm_certificate.main[0].arn
  validation_record_fqdns = [for record in aws_route53_record.certificate_validation : record.fqdn]
}

resource "aws_lb" "main" {
  #checkov:skip=CKV_AWS_91:ALB access logs need a second bucket with SSE-S3 only (ELB cannot write SSE-KMS); the API's own audit table records every request
  #checkov:skip=CKV2_AWS_28:no WAF for one host and a few facilities; the API rate-limits per client and the Airflow UI is limited to airflow_ingress_cidrs
  #checkov:skip=CKV2_AWS_76:no WAF (see CKV2_AWS_28); the services are Python, not Java, so Log4j payloads find nothing
  count = local.alb ? 1 : 0

  name                       = "${local.lb_name}-alb"
  load_balancer_type         = "application"
  internal                   = false
  security_groups            = [aws_security_group.alb[0].id]
  subnets                    = aws_subnet.public[*].id
  drop_invalid_header_fields = true
  enable_deletion_protection = true
  idle_timeout               = 120

  tags = { Name = "${local.name}-alb" }
}

resource "aws_lb_target_group" "host" {
  #checkov:skip=CKV_AWS_378:TLS ends at the load balancer; the hop to the host stays inside the VPC, between two security groups that admit only each other
  for_each = local.alb ? local.host_ports : {}

  name        = "${local.lb_name}-${each.key}"
  port        = each.value
  protocol    = "HTTP"
  target_type = "instance"
  vpc_id      = aws_vpc.main.id

  health_check {
    path                = each.key == "api" ? "/health" : "/api/v2/version"
    matcher             = "200"
    interval            = 30
    healthy_threshold   = 2
    unhealthy_threshold = 3
  }
}

resource "aws_lb_target_group_attachment" "host" {
  for_each = local.alb ? local.host_ports : {}

  target_group_arn = aws_lb_target_group.host[each.key].arn
  target_id        = aws_instance.app.id
  port             = each.value
}

resource "aws_lb_listener" "http" {
  count = local.alb ? 1 : 0

  load_balancer_arn = aws_lb.main[0].arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"

    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  count = local.alb ? 1 : 0

  load_balancer_arn = aws_lb.main[0].arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = var.alb_ssl_policy
  certificate_arn   = aws_acm_certificate_validation.main[0].certificate_arn

  # A request for any other host name gets a bare 404.
  default_action {
    type = "fixed-response"

    fixed_response {
      content_type = "text/plain"
      message_body = "Not found"
      status_code  = "404"
    }
  }
}

resource "aws_lb_listener_rule" "api" {
  count = local.alb ? 1 : 0

  listener_arn = aws_lb_listener.https[0].arn
  priority     = 10

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.host["api"].arn
  }

  condition {
    host_header {
      values = [local.api_host]
    }
  }
}

# The Airflow UI: its host name, and only from airflow_ingress_cidrs (the load balancer's group also
# admits the API's clients).
resource "aws_lb_listener_rule" "airflow" {
  count = local.alb && length(var.airflow_ingress_cidrs) > 0 ? 1 : 0

  listener_arn = aws_lb_listener.https[0].arn
  priority     = 20

  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.host["airflow"].arn
  }

  condition {
    host_header {
      values = [local.airflow_host]
    }
  }

  condition {
    source_ip {
      values = var.airflow_ingress_cidrs
    }
  }
}

resource "aws_route53_record" "service" {
  for_each = local.alb ? toset([local.api_host, local.airflow_host]) : toset([])

  zone_id = var.route53_zone_id
  name    = each.key
  type    = "A"

  alias {
    name                   = aws_lb.main[0].dns_name
    zone_id                = aws_lb.main[0].zone_id
    evaluate_target_health = true
  }
}
