variable "aws_region" {
  type        = string
  description = "AWS region for every resource (af-south-1, Cape Town, is closest to Nigeria but must be opted into)."
  default     = "eu-west-1"

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.aws_region))
    error_message = "aws_region must be a region code such as eu-west-1."
  }
}

variable "project_name" {
  type        = string
  description = "Prefix of every resource name."
  default     = "medilink"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,19}$", var.project_name))
    error_message = "project_name: 2-20 characters, lowercase letters, digits and hyphens, starting with a letter."
  }
}

variable "environment" {
  type        = string
  description = "Deployment stage, part of every resource name (the design document writes \"production\")."
  default     = "production"

  validation {
    condition     = contains(["dev", "development", "staging", "prod", "production"], var.environment)
    error_message = "environment must be dev, development, staging, prod or production."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags added to every resource."
  default     = {}
}

variable "availability_zones" {
  type        = list(string)
  description = "The two availability zones of the subnets, e.g. [\"eu-west-1a\", \"eu-west-1b\"]. Empty: zones a and b of aws_region (a pinned set, so new zones never move subnets)."
  default     = []

  validation {
    condition = length(var.availability_zones) == 0 || (
      length(var.availability_zones) == 2 && length(distinct(var.availability_zones)) == 2 &&
      alltrue([for z in var.availability_zones : can(regex("^${var.aws_region}[a-z]$", z))])
    )
    error_message = "availability_zones must be empty or hold two different zones of aws_region, e.g. [\"eu-west-1a\", \"eu-west-1b\"]."
  }
}

variable "vpc_cidr" {
  type        = string
  description = "CIDR block of the VPC (a /16 to /22 private range); the subnets are cut from it unless given."
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 22
    error_message = "vpc_cidr must be a valid IPv4 CIDR with a prefix length from /16 to /22."
  }
}

variable "public_subnet_cidrs" {
  type        = list(string)
  description = "Two CIDRs inside vpc_cidr for the public subnets (the EC2 host and the load balancer), one per zone. Empty: cut from vpc_cidr."
  default     = []

  validation {
    condition     = length(var.public_subnet_cidrs) == 0 || (length(var.public_subnet_cidrs) == 2 && alltrue([for c in var.public_subnet_cidrs : can(cidrhost(c, 0))]))
    error_message = "public_subnet_cidrs must be empty or hold exactly two valid IPv4 CIDRs."
  }
}

variable "private_subnet_cidrs" {
  type        = list(string)
  description = "Two CIDRs inside vpc_cidr for the private subnets (RDS), one per zone. Empty: cut from vpc_cidr."
  default     = []

  validation {
    condition     = length(var.private_subnet_cidrs) == 0 || (length(var.private_subnet_cidrs) == 2 && alltrue([for c in var.private_subnet_cidrs : can(cidrhost(c, 0))]))
    error_message = "private_subnet_cidrs must be empty or hold exactly two valid IPv4 CIDRs."
  }
}

variable "domain_name" {
  type        = string
  description = "DNS domain served over HTTPS by the load balancer: the API at api.<domain>, Airflow at airflow.<domain>. Empty: no load balancer (reach the host through SSM port forwarding or allowed CIDRs)."
  default     = ""

  validation {
    condition     = var.domain_name == "" || can(regex("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$", var.domain_name))
    error_message = "domain_name must be empty or a lowercase DNS name such as medilink.example.org."
  }
}

variable "route53_zone_id" {
  type        = string
  description = "ID of the public Route 53 hosted zone of domain_name: the certificate is validated there (DNS) and the api./airflow. records are written there."
  default     = ""

  validation {
    condition     = (var.domain_name == "") == (var.route53_zone_id == "") && (var.route53_zone_id == "" || can(regex("^Z[A-Z0-9]{1,31}$", var.route53_zone_id)))
    error_message = "route53_zone_id must be a hosted zone ID (Z...) when domain_name is set, and empty when it is not."
  }
}

variable "api_ingress_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the Medilink API: HTTPS on the load balancer when domain_name is set, else port 5000 of the host. 0.0.0.0/0 only behind the load balancer. Empty: SSM port forwarding only."
  default     = []

  validation {
    condition     = alltrue([for c in var.api_ingress_cidrs : can(cidrhost(c, 0))])
    error_message = "api_ingress_cidrs must hold valid IPv4 CIDRs."
  }

  validation {
    condition     = var.domain_name != "" || !contains(var.api_ingress_cidrs, "0.0.0.0/0")
    error_message = "api_ingress_cidrs may hold 0.0.0.0/0 only behind the HTTPS load balancer (set domain_name and route53_zone_id); plain HTTP on port 5000 stays limited to known networks."
  }
}

variable "airflow_ingress_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the Airflow UI (never the whole internet): airflow.<domain> on the load balancer when domain_name is set, else port 8088 of the host. At most 4 (one load-balancer rule). Empty: SSM port forwarding only."
  default     = []

  validation {
    condition     = length(var.airflow_ingress_cidrs) <= 4 && alltrue([for c in var.airflow_ingress_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "airflow_ingress_cidrs must hold at most 4 valid IPv4 CIDRs, and not 0.0.0.0/0."
  }
}

variable "alb_ssl_policy" {
  type        = string
  description = "TLS policy of the HTTPS listener (TLS 1.2 and 1.3 only)."
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"

  validation {
    condition     = contains(["ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06", "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"], var.alb_ssl_policy)
    error_message = "alb_ssl_policy must be a TLS 1.2+ policy, e.g. ELBSecurityPolicy-TLS13-1-2-2021-06."
  }
}

variable "alarm_email" {
  type        = string
  description = "E-mail address subscribed to the alarm topic (confirm the subscription mail). Empty: subscribe to the SNS topic yourself."
  default     = ""

  validation {
    condition     = var.alarm_email == "" || can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", var.alarm_email))
    error_message = "alarm_email must be empty or an e-mail address."
  }
}

variable "ssh_ingress_cidr" {
  type        = string
  description = "One CIDR allowed to SSH to the host. Empty (the default): no SSH at all, use SSM Session Manager."
  default     = ""

  validation {
    condition     = var.ssh_ingress_cidr == "" || (can(cidrhost(var.ssh_ingress_cidr, 0)) && var.ssh_ingress_cidr != "0.0.0.0/0")
    error_message = "ssh_ingress_cidr must be empty or a valid IPv4 CIDR other than 0.0.0.0/0."
  }
}

variable "ec2_key_name" {
  type        = string
  description = "Name of an existing EC2 key pair; SSH opens only when ssh_ingress_cidr is set too (SSM Session Manager needs neither)."
  default     = ""
}

variable "ec2_instance_type" {
  type        = string
  description = "EC2 instance type of the Docker host (x86_64; Airflow, the API and PostgreSQL want 8 GiB, t3.large)."
  default     = "t3.large"

  validation {
    condition     = can(regex("^(t3|t3a|m5|m5a|m6i|m6a|m7i|m7a|c6i|c7i|r6i|r7i)\\.(medium|large|xlarge|2xlarge|4xlarge)$", var.ec2_instance_type))
    error_message = "ec2_instance_type must be an x86_64 type from t3, t3a, m5, m5a, m6i, m6a, m7i, m7a, c6i, c7i, r6i or r7i, medium to 4xlarge."
  }
}

variable "root_volume_size_gb" {
  type        = number
  description = "Size of the host's encrypted gp3 root volume in GiB (Docker images, Airflow logs, local PostgreSQL)."
  default     = 40

  validation {
    condition     = var.root_volume_size_gb >= 30 && var.root_volume_size_gb <= 1000
    error_message = "root_volume_size_gb must be between 30 and 1000."
  }
}

variable "db_instance_class" {
  type        = string
  description = "RDS instance class of the warehouse."
  default     = "db.t4g.small"

  validation {
    condition     = can(regex("^db\\.(t3|t4g|m5|m6g|m6i|m7g|r5|r6g|r6i|r7g)\\.(micro|small|medium|large|xlarge|2xlarge|4xlarge)$", var.db_instance_class))
    error_message = "db_instance_class must be a db.t3, t4g, m5, m6g, m6i, m7g, r5, r6g, r6i or r7g class, micro to 4xlarge."
  }
}

variable "db_engine_version" {
  type        = string
  description = "PostgreSQL version of the warehouse: a major (\"16\") or major.minor (\"16.4\"), 16 or newer."
  default     = "16"

  validation {
    condition     = can(regex("^[0-9]{2}(\\.[0-9]+)?$", var.db_engine_version)) && tonumber(split(".", var.db_engine_version)[0]) >= 16
    error_message = "db_engine_version must be PostgreSQL 16 or newer, e.g. 16, 16.4 or 17."
  }
}

variable "db_allocated_storage" {
  type        = number
  description = "Initial RDS storage in GiB (gp3)."
  default     = 20

  validation {
    condition     = var.db_allocated_storage >= 20 && var.db_allocated_storage <= 1000
    error_message = "db_allocated_storage must be between 20 and 1000."
  }
}

variable "db_max_allocated_storage_gb" {
  type        = number
  description = "Ceiling for RDS storage autoscaling in GiB."
  default     = 100

  validation {
    condition     = var.db_max_allocated_storage_gb >= 20 && var.db_max_allocated_storage_gb <= 4000
    error_message = "db_max_allocated_storage_gb must be between 20 and 4000."
  }
}

variable "db_backup_retention_days" {
  type        = number
  description = "Days RDS keeps automated backups (point-in-time restore window), 7 to 35."
  default     = 7

  validation {
    condition     = var.db_backup_retention_days >= 7 && var.db_backup_retention_days <= 35
    error_message = "db_backup_retention_days must be between 7 and 35."
  }
}

variable "db_multi_az" {
  type        = bool
  description = "Run the warehouse with a synchronous standby in a second AZ (doubles the RDS price)."
  default     = false
}

variable "db_name" {
  type        = string
  description = "Name of the warehouse database."
  default     = "medilink"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_name))
    error_message = "db_name must start with a letter and hold lowercase letters, digits and underscores (max 63)."
  }
}

variable "db_username" {
  type        = string
  description = "Master user of the warehouse (migrations, role provisioning); RDS keeps its password in Secrets Manager. The services connect as their own roles (medilink_api, medilink_pipeline, medilink_dbt)."
  default     = "postgres"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_username)) && !contains(["rdsadmin", "rdsrepladmin", "rds_superuser", "medilink_api", "medilink_pipeline", "medilink_dbt", "medilink_analyst", "medilink_reporting"], var.db_username)
    error_message = "db_username must be a lowercase identifier, not an RDS-reserved name and not one of the service roles (medilink_api, medilink_pipeline, medilink_dbt, medilink_analyst, medilink_reporting)."
  }
}

variable "s3_bucket_name" {
  type        = string
  description = "Name of the data bucket (globally unique). Empty: <project>-<environment>-data-<account>-<region>."
  default     = ""

  validation {
    condition     = var.s3_bucket_name == "" || (can(regex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", var.s3_bucket_name)) && !can(regex("^xn--|-s3alias$|--ol-s3$", var.s3_bucket_name)))
    error_message = "s3_bucket_name must be empty or a valid S3 bucket name: 3-63 lowercase letters, digits and hyphens (no dots, so TLS certificates match)."
  }
}

variable "s3_prefix" {
  type        = string
  description = "Key prefix of the medical-records files in the bucket (S3_PREFIX of the pipeline)."
  default     = "medical_records"

  validation {
    condition     = can(regex("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$", var.s3_prefix))
    error_message = "s3_prefix must be a key prefix without leading or trailing slashes."
  }
}

variable "archive_glacier_after_days" {
  type        = number
  description = "Days after which files under <s3_prefix>/archive/ move to S3 Glacier Flexible Retrieval."
  default     = 30

  validation {
    condition     = var.archive_glacier_after_days >= 0 && var.archive_glacier_after_days < var.archive_retention_days
    error_message = "archive_glacier_after_days must be from 0 to one less than archive_retention_days."
  }
}

variable "archive_retention_days" {
  type        = number
  description = "Days files under <s3_prefix>/archive/ are kept (the retention default of `medilink retention`, 365)."
  default     = 365

  validation {
    condition     = var.archive_retention_days >= 1 && var.archive_retention_days <= 3650
    error_message = "archive_retention_days must be between 1 and 3650."
  }
}

variable "rejected_retention_days" {
  type        = number
  description = "Days error reports under <s3_prefix>/rejected/ are kept (retention default 90)."
  default     = 90

  validation {
    condition     = var.rejected_retention_days >= 1 && var.rejected_retention_days <= 3650
    error_message = "rejected_retention_days must be between 1 and 3650."
  }
}

variable "export_retention_days" {
  type        = number
  description = "Days FHIR bulk-export files under <s3_prefix>/export/ are kept (FHIR_EXPORT_TTL_HOURS is 24: one day)."
  default     = 1

  validation {
    condition     = var.export_retention_days >= 1 && var.export_retention_days <= 30
    error_message = "export_retention_days must be between 1 and 30."
  }
}

variable "log_retention_days" {
  type        = number
  description = "Retention of the CloudWatch log groups (VPC flow logs, RDS logs), at least a year."
  default     = 365

  validation {
    condition     = contains([365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be a CloudWatch retention value of 365 days or more."
  }
}

# --- Refused: secrets do not belong in variables ---------------------------------------------------
# The design document's terraform.tfvars carried these three. They exist only to refuse them with the
# safe alternative that replaces each; leave them out of terraform.tfvars.
variable "db_password" {
  type        = string
  description = "Refused: RDS generates the master password and keeps it in Secrets Manager (manage_master_user_password); the services' roles get their own generated passwords."
  default     = null
  sensitive   = true

  validation {
    condition     = var.db_password == null
    error_message = "db_password is not accepted: RDS generates the master password and keeps (and rotates) it in Secrets Manager, and every service role gets its own generated password there. Remove db_password from terraform.tfvars; read the secret with the db_master_secret_arn output."
  }
}

variable "aws_access_key" {
  type        = string
  description = "Refused: the EC2 host uses its instance role (temporary credentials from the instance metadata), never stored access keys."
  default     = null
  sensitive   = true

  validation {
    condition     = var.aws_access_key == null
    error_message = "aws_access_key is not accepted: the EC2 host gets temporary credentials from its IAM instance role, so no access key is stored anywhere. Remove aws_access_key from terraform.tfvars; Terraform itself uses your AWS CLI profile or environment."
  }
}

variable "aws_secret_key" {
  type        = string
  description = "Refused: the EC2 host uses its instance role (temporary credentials from the instance metadata), never stored access keys."
  default     = null
  sensitive   = true

  validation {
    condition     = var.aws_secret_key == null
    error_message = "aws_secret_key is not accepted: the EC2 host gets temporary credentials from its IAM instance role, so no secret key is stored anywhere. Remove aws_secret_key from terraform.tfvars; Terraform itself uses your AWS CLI profile or environment."
  }
}
