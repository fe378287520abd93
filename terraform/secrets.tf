# Per-role credentials of the warehouse and the pseudonymisation key, in Secrets Manager, encrypted
# with the project key. Terraform creates the empty secrets only, so no value ever lands in the
# Terraform state: on its first deploy the host generates each value and stores it here
# (host-deploy.sh), then `medilink db roles` (run by airflow-init) gives the roles these passwords.
# Each secret holds its plain value: the role's password (the login is the role's name), or the key.
resource "aws_secretsmanager_secret" "db_role" {
  #checkov:skip=CKV2_AWS_57:no rotation Lambda: rotate by deleting the value and redeploying (host-deploy.sh generates a new one and medilink db roles sets it)
  for_each = local.db_roles

  name                    = "${local.name}/db/${each.key}"
  description             = "Medilink warehouse login of the ${each.key} role"
  kms_key_id              = aws_kms_key.main.arn
  recovery_window_in_days = 30
}

resource "aws_secretsmanager_secret" "pseudonym_key" {
  #checkov:skip=CKV2_AWS_57:rotating the pseudonymisation key re-keys every research row; an operator decision, not a schedule (README)
  name                    = "${local.name}/pseudonym-key"
  description             = "Medilink MEDILINK_PSEUDONYM_KEY: HMAC key of the research marts' pseudonymous patient keys (never in the database)"
  kms_key_id              = aws_kms_key.main.arn
  recovery_window_in_days = 30
}
