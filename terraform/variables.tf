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
  description = "Deployment stage, part of every resource name."
  default     = "prod"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "tags" {
  type        = map(string)
  description = "Extra tags added to every resource."
  default     = {}
}

variable "availability_zone_suffixes" {
  type        = list(string)
  description = "The two availability zones of the subnets, as letters after the region name (a pinned set, so new zones never move subnets)."
  default     = ["a", "b"]

  validation {
    condition     = length(var.availability_zone_suffixes) == 2 && length(distinct(var.availability_zone_suffixes)) == 2 && alltrue([for s in var.availability_zone_suffixes : can(regex("^[a-z]$", s))])
    error_message = "availability_zone_suffixes must hold two different single letters, e.g. [\"a\", \"b\"]."
  }
}

variable "vpc_cidr" {
  type        = string
  description = "CIDR block of the VPC (a /16 to /24 private range)."
  default     = "10.40.0.0/16"

  validation {
    condition     = can(cidrhost(var.vpc_cidr, 0)) && tonumber(split("/", var.vpc_cidr)[1]) >= 16 && tonumber(split("/", var.vpc_cidr)[1]) <= 24
    error_message = "vpc_cidr must be a valid IPv4 CIDR with a prefix length from /16 to /24."
  }
}

variable "public_subnet_cidrs" {
  type        = list(string)
  description = "Two CIDRs inside vpc_cidr for the public subnets (the EC2 host), one per availability zone."
  default     = ["10.40.0.0/24", "10.40.1.0/24"]

  validation {
    condition     = length(var.public_subnet_cidrs) == 2 && alltrue([for c in var.public_subnet_cidrs : can(cidrhost(c, 0))])
    error_message = "public_subnet_cidrs must hold exactly two valid IPv4 CIDRs."
  }
}

variable "private_subnet_cidrs" {
  type        = list(string)
  description = "Two CIDRs inside vpc_cidr for the private subnets (RDS), one per availability zone."
  default     = ["10.40.10.0/24", "10.40.11.0/24"]

  validation {
    condition     = length(var.private_subnet_cidrs) == 2 && alltrue([for c in var.private_subnet_cidrs : can(cidrhost(c, 0))])
    error_message = "private_subnet_cidrs must hold exactly two valid IPv4 CIDRs."
  }
}

variable "api_ingress_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the Medilink API on port 5000. Empty: reach it through an SSM port-forwarding session only."
  default     = []

  validation {
    condition     = alltrue([for c in var.api_ingress_cidrs : can(cidrhost(c, 0))])
    error_message = "api_ingress_cidrs must hold valid IPv4 CIDRs."
  }
}

variable "airflow_ingress_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the Airflow UI on port 8088 (never the whole internet). Empty: SSM port forwarding only."
  default     = []

  validation {
    condition     = alltrue([for c in var.airflow_ingress_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "airflow_ingress_cidrs must hold valid IPv4 CIDRs, and not 0.0.0.0/0."
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

variable "ssh_key_name" {
  type        = string
  description = "Name of an existing EC2 key pair for SSH; only used together with ssh_ingress_cidr."
  default     = ""
}

variable "instance_type" {
  type        = string
  description = "EC2 instance type of the Docker host (x86_64; Airflow, the API and PostgreSQL want 8 GiB)."
  default     = "t3.large"

  validation {
    condition     = can(regex("^(t3|t3a|m5|m5a|m6i|m6a|m7i|m7a|c6i|c7i|r6i|r7i)\\.(medium|large|xlarge|2xlarge|4xlarge)$", var.instance_type))
    error_message = "instance_type must be an x86_64 type from t3, t3a, m5, m5a, m6i, m6a, m7i, m7a, c6i, c7i, r6i or r7i, medium to 4xlarge."
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

variable "db_allocated_storage_gb" {
  type        = number
  description = "Initial RDS storage in GiB (gp3)."
  default     = 20

  validation {
    condition     = var.db_allocated_storage_gb >= 20 && var.db_allocated_storage_gb <= 1000
    error_message = "db_allocated_storage_gb must be between 20 and 1000."
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
  description = "Master user of the warehouse; RDS keeps its password in Secrets Manager."
  default     = "medilink_admin"

  validation {
    condition     = can(regex("^[a-z][a-z0-9_]{0,62}$", var.db_username)) && !contains(["postgres", "rdsadmin", "admin"], var.db_username)
    error_message = "db_username must be a lowercase identifier and not postgres, rdsadmin or admin."
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
    condition     = var.archive_glacier_after_days >= 0 && var.archive_glacier_after_days <= 3650
    error_message = "archive_glacier_after_days must be between 0 and 3650."
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
