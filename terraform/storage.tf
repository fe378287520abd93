# The data bucket: uploads under <s3_prefix>/input/, processed files under <s3_prefix>/archive/,
# error reports under rejected/, FHIR exports under export/. Release tarballs live in the deploy
# bucket (deploy.tf), which the host can read but not write.
resource "aws_s3_bucket" "data" {
  #checkov:skip=CKV_AWS_18:server access logs need a second, SSE-S3-only bucket; CloudTrail data events are the audit trail if required
  #checkov:skip=CKV_AWS_144:cross-region replication doubles storage cost; versioning plus RDS backups cover recovery in-region
  #checkov:skip=CKV2_AWS_62:the pipeline polls input/ on its Airflow schedule; no consumer for S3 event notifications
  bucket = local.data_bucket_name

  tags = { Name = "${local.name}-data" }
}

resource "aws_s3_bucket_ownership_controls" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket = aws_s3_bucket.data.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
    bucket_key_enabled = true
  }
}

data "aws_iam_policy_document" "data_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }

  statement {
    sid       = "DenyOutdatedTls"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "NumericLessThan"
      variable = "s3:TlsVersion"
      values   = ["1.2"]
    }
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.data_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.data]
}

locals {
  # Retention of the pipeline's S3 prefixes (days); the same defaults as `medilink retention`.
  # Versions made noncurrent by an expiry are deleted a week later, so retention is not undone by
  # versioning.
  s3_retention = {
    archive  = var.archive_retention_days
    rejected = var.rejected_retention_days
    export   = var.export_retention_days
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "data" {
  bucket = aws_s3_bucket.data.id

  rule {
    id     = "archive-to-glacier"
    status = "Enabled"

    filter {
      prefix = "${var.s3_prefix}/archive/"
    }

    transition {
      days          = var.archive_glacier_after_days
      storage_class = "GLACIER"
    }
  }

  dynamic "rule" {
    for_each = local.s3_retention

    content {
      id     = "expire-${rule.key}"
      status = "Enabled"

      filter {
        prefix = "${var.s3_prefix}/${rule.key}/"
      }

      expiration {
        days = rule.value
      }

      noncurrent_version_expiration {
        noncurrent_days = min(7, rule.value)
      }
    }
  }

  rule {
    id     = "old-versions-and-uploads"
    status = "Enabled"

    filter {}

    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }

    noncurrent_version_expiration {
      noncurrent_days = 365
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
  }

  depends_on = [aws_s3_bucket_versioning.data]
}
