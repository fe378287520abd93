provider "aws" {
  region = var.aws_region

  default_tags {
    tags = merge(
      {
        Project     = var.project_name
        Environment = var.environment
        ManagedBy   = "terraform"
      },
      var.tags,
    )
  }
}

data "aws_caller_identity" "current" {}

data "aws_partition" "current" {}

locals {
  name       = "${var.project_name}-${var.environment}"
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  azs        = length(var.availability_zones) == 2 ? var.availability_zones : ["${var.aws_region}a", "${var.aws_region}b"]
  db_major   = split(".", var.db_engine_version)[0]

  # Subnets: given, or /24s cut from the VPC: public x.x.0/1, private x.x.10/11 of a /16 (the earlier
  # fixed defaults, so existing deployments keep their subnets), private x.x.2/3 of a smaller VPC.
  vpc_prefix           = tonumber(split("/", var.vpc_cidr)[1])
  public_subnet_cidrs  = length(var.public_subnet_cidrs) == 2 ? var.public_subnet_cidrs : [for i in [0, 1] : cidrsubnet(var.vpc_cidr, 24 - local.vpc_prefix, i)]
  private_subnet_cidrs = length(var.private_subnet_cidrs) == 2 ? var.private_subnet_cidrs : [for i in(local.vpc_prefix == 16 ? [10, 11] : [2, 3]) : cidrsubnet(var.vpc_cidr, 24 - local.vpc_prefix, i)]

  data_bucket_name = var.s3_bucket_name != "" ? var.s3_bucket_name : "${local.name}-data-${local.account_id}-${var.aws_region}"

  # The HTTPS load balancer exists when a domain is given (ALB and target-group names: at most 32 characters).
  alb          = var.domain_name != ""
  lb_name      = trimsuffix(substr(local.name, 0, 23), "-")
  api_host     = "api.${var.domain_name}"
  airflow_host = "airflow.${var.domain_name}"

  # Service roles of the warehouse (migrations 0007 and 0010 create them; host-deploy.sh gives them passwords).
  db_roles = toset(["medilink_api", "medilink_pipeline", "medilink_dbt", "medilink_analyst", "medilink_reporting"])

  # The pipeline's daily heartbeat (a custom metric; see README "Alarms").
  heartbeat_namespace = "Medilink"
  heartbeat_metric    = "PipelineHeartbeat"
}
