# `terraform test` with a mocked AWS provider: plans the whole configuration offline and checks the
# variable validations. Run by .ci/deploy-checks.sh and tests/deploy/test_terraform_plan.py.
mock_provider "aws" {
  mock_data "aws_iam_policy_document" {
    defaults = { json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}" }
  }
  mock_data "aws_caller_identity" {
    defaults = { account_id = "123456789012" }
  }
  mock_data "aws_partition" {
    defaults = { partition = "aws" }
  }
  mock_resource "aws_kms_key" {
    defaults = { arn = "arn:aws:kms:eu-west-1:123456789012:key/0b1f5c2e-0000-4000-8000-000000000001" }
  }
  mock_resource "aws_iam_role" {
    defaults = { arn = "arn:aws:iam::123456789012:role/mock" }
  }
  mock_resource "aws_sns_topic" {
    defaults = { arn = "arn:aws:sns:eu-west-1:123456789012:mock-alarms" }
  }
  mock_resource "aws_s3_bucket" {
    defaults = { arn = "arn:aws:s3:::mock-bucket" }
  }
  mock_resource "aws_secretsmanager_secret" {
    defaults = { arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:mock" }
  }
  mock_resource "aws_cloudwatch_log_group" {
    defaults = { arn = "arn:aws:logs:eu-west-1:123456789012:log-group:mock" }
  }
  mock_resource "aws_acm_certificate" {
    defaults = {
      arn = "arn:aws:acm:eu-west-1:123456789012:certificate/mock"
      domain_validation_options = [
        for host in ["api", "airflow"] : {
          domain_name           = "${host}.medilink.example.org"
          resource_record_name  = "_x1.${host}.medilink.example.org."
          resource_record_type  = "CNAME"
          resource_record_value = "_x2.acm-validations.aws."
        }
      ]
    }
  }
  mock_resource "aws_lb" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/mock/0123456789abcdef" }
  }
  mock_resource "aws_lb_target_group" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/mock/0123456789abcdef" }
  }
  mock_resource "aws_lb_listener" {
    defaults = { arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/mock/0123456789abcdef/0123456789abcdef" }
  }
  mock_resource "aws_db_instance" {
    defaults = {
      master_user_secret = [{ secret_arn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds", kms_key_id = "k", secret_status = "active" }]
    }
  }
}

run "defaults_plan_without_a_load_balancer" {
  command = apply

  assert {
    condition     = length(aws_lb.main) == 0 && length(aws_security_group.alb) == 0
    error_message = "no domain_name: no load balancer"
  }
  assert {
    condition     = output.api_url == "http://${aws_instance.app.public_dns}:5000" && !output.behind_load_balancer
    error_message = "api_url must name port 5000 of the host without a load balancer"
  }
  assert {
    condition     = [for s in aws_subnet.public : s.cidr_block] == ["10.40.0.0/24", "10.40.1.0/24"] && [for s in aws_subnet.private : s.cidr_block] == ["10.40.10.0/24", "10.40.11.0/24"]
    error_message = "the default subnets must stay where earlier releases put them"
  }
  assert {
    condition     = length(aws_secretsmanager_secret.db_role) == 5 && aws_secretsmanager_secret.db_role["medilink_api"].name == "medilink-production/db/medilink_api"
    error_message = "one secret per service role"
  }
  assert {
    condition = {
      for r in aws_s3_bucket_lifecycle_configuration.data.rule : r.id => one(r.expiration).days if length(r.expiration) > 0
      } == {
      "expire-archive"  = 365
      "expire-rejected" = 90
      "expire-export"   = 1
    }
    error_message = "S3 retention must match the retention defaults: archive 365, rejected 90, export 1 day"
  }
  assert {
    condition = alltrue([
      for r in aws_s3_bucket_lifecycle_configuration.data.rule :
      one(r.filter).prefix == "medical_records/${trimprefix(r.id, "expire-")}/" if startswith(r.id, "expire-")
    ])
    error_message = "each retention rule covers its own prefix under s3_prefix"
  }
}

run "a_domain_puts_the_api_and_airflow_behind_https" {
  command = apply

  variables {
    domain_name           = "medilink.example.org"
    route53_zone_id       = "Z0123456789ABCDEFGHIJ"
    api_ingress_cidrs     = ["0.0.0.0/0"]
    airflow_ingress_cidrs = ["203.0.113.10/32"]
  }

  assert {
    condition     = aws_lb_listener.https[0].ssl_policy == "ELBSecurityPolicy-TLS13-1-2-2021-06" && aws_lb_listener.https[0].protocol == "HTTPS"
    error_message = "HTTPS with a TLS 1.2+ policy"
  }
  assert {
    condition     = one(aws_lb_listener.http[0].default_action).type == "redirect" && one(one(aws_lb_listener.http[0].default_action).redirect).protocol == "HTTPS"
    error_message = "HTTP only redirects to HTTPS"
  }
  assert {
    condition     = length(aws_vpc_security_group_ingress_rule.api) == 0 && length(aws_vpc_security_group_ingress_rule.airflow) == 0 && length(aws_vpc_security_group_ingress_rule.app_from_alb) == 2
    error_message = "behind the load balancer the host admits only the load balancer's group"
  }
  assert {
    condition     = output.api_url == "https://api.medilink.example.org" && output.airflow_url == "https://airflow.medilink.example.org" && output.behind_load_balancer
    error_message = "HTTPS URLs behind the load balancer"
  }
  assert {
    condition     = aws_acm_certificate.main[0].validation_method == "DNS" && toset(keys(aws_route53_record.certificate_validation)) == toset(["api.medilink.example.org", "airflow.medilink.example.org"])
    error_message = "the certificate is validated through Route 53"
  }
  assert {
    condition     = length(aws_cloudwatch_metric_alarm.alb_5xx) == 2
    error_message = "5xx alarms for the load balancer and its targets"
  }
}

run "the_whole_internet_reaches_the_api_only_behind_the_load_balancer" {
  command = plan

  variables {
    api_ingress_cidrs = ["0.0.0.0/0"]
  }

  expect_failures = [var.api_ingress_cidrs]
}

run "the_whole_internet_never_reaches_airflow" {
  command = plan

  variables {
    domain_name           = "medilink.example.org"
    route53_zone_id       = "Z0123456789ABCDEFGHIJ"
    airflow_ingress_cidrs = ["0.0.0.0/0"]
  }

  expect_failures = [var.airflow_ingress_cidrs]
}

run "a_domain_needs_its_hosted_zone" {
  command = plan

  variables {
    domain_name = "medilink.example.org"
  }

  expect_failures = [var.route53_zone_id]
}
