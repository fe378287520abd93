# Release tarballs of deploy-ec2.sh: a bucket of their own that the operator writes and the host may
# only read (releases/), so nothing running on the host can swap the code it will run next. The
# host also checks each tarball's SHA-256, sent with the SSM command, before unpacking it.
resource "aws_s3_bucket" "deploy" {
  #checkov:skip=CKV_AWS_18:server access logs need a second, SSE-S3-only bucket; CloudTrail records who uploaded which release
  #checkov:skip=CKV_AWS_144:release tarballs are rebuilt from git at will; no replica needed
  #checkov:skip=CKV2_AWS_62:nothing consumes events of release uploads; deploy-ec2.sh drives the host through SSM
  bucket = "${local.name}-deploy-${local.account_id}-${var.aws_region}"

  tags = { Name = "${local.name}-deploy" }
}

resource "aws_s3_bucket_ownership_controls" "deploy" {
  bucket = aws_s3_bucket.deploy.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "deploy" {
  bucket = aws_s3_bucket.deploy.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "deploy" {
  bucket = aws_s3_bucket.deploy.id

  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "deploy" {
  bucket = aws_s3_bucket.deploy.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.main.arn
    }
    bucket_key_enabled = true
  }
}

data "aws_iam_policy_document" "deploy_bucket" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.deploy.arn, "${aws_s3_bucket.deploy.arn}/*"]

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

  # Even a policy added to the instance role later cannot let the host write a release.
  statement {
    sid       = "HostNeverWrites"
    effect    = "Deny"
    actions   = ["s3:PutObject", "s3:DeleteObject", "s3:DeleteObjectVersion", "s3:PutObjectAcl", "s3:RestoreObject"]
    resources = ["${aws_s3_bucket.deploy.arn}/*"]

    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.app.arn]
    }
  }
}

resource "aws_s3_bucket_policy" "deploy" {
  bucket = aws_s3_bucket.deploy.id
  policy = data.aws_iam_policy_document.deploy_bucket.json

  depends_on = [aws_s3_bucket_public_access_block.deploy]
}

resource "aws_s3_bucket_lifecycle_configuration" "deploy" {
  bucket = aws_s3_bucket.deploy.id

  rule {
    id     = "expire-release-tarballs"
    status = "Enabled"

    filter {}

    expiration {
      days = 30
    }

    noncurrent_version_expiration {
      noncurrent_days = 7
    }

    abort_incomplete_multipart_upload {
      days_after_initiation = 1
    }
  }

  depends_on = [aws_s3_bucket_versioning.deploy]
}

# Output of the SSM deploy commands (instead of objects the host would have to write to S3).
resource "aws_cloudwatch_log_group" "deploy" {
  name              = "/${var.project_name}/${var.environment}/deploy"
  retention_in_days = var.log_retention_days
  kms_key_id        = aws_kms_key.main.arn
}
