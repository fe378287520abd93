"""Security properties of terraform/, read from the .tf files themselves.

The older tests cut blocks out with a small brace matcher (strings and comments skipped) and read
attributes with anchored regular expressions; the newer ones parse with python-hcl2. The whole
configuration is also planned against a mocked AWS provider by `terraform test`
(terraform/tests/*.tftest.hcl), run here when terraform and the provider mirror are at hand.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import hcl2
import pytest

REPO = Path(__file__).resolve().parents[2]
TERRAFORM = REPO / "terraform"


def strip_comments(text: str) -> str:
    """Drop #, // and /* */ comments, leaving strings (which may hold '#' or '//') intact."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == '"':
            end = i + 1
            while end < n and text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            out.append(text[i : end + 1])
            i = end + 1
        elif char == "#" or text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def block_end(text: str, open_brace: int) -> int:
    """Index just past the brace matching text[open_brace], skipping quoted strings."""
    depth, i = 0, open_brace
    while i < len(text):
        char = text[i]
        if char == '"':
            i += 1
            while text[i] != '"':
                i += 2 if text[i] == "\\" else 1
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced braces")


def blocks(text: str, header: str) -> dict[str, str]:
    """Bodies of the top-level or nested blocks whose header matches, keyed by their last label."""
    found: dict[str, str] = {}
    for match in re.finditer(r"^[ \t]*" + header + r'(?:[ \t]+"(?P<label>[^"]+)")?[ \t]*\{', text, re.MULTILINE):
        end = block_end(text, match.end() - 1)
        found[match["label"] or str(len(found))] = text[match.end() : end - 1]
    return found


def attr(body: str, name: str) -> str | None:
    """The raw value of `name = value` at the top level of a block body (nested blocks excluded)."""
    flat = body
    for nested in re.finditer(r"^[ \t]*[a-z_]+(?:[ \t]+\"[^\"]*\")*[ \t]*\{", body, re.MULTILINE):
        inner = body[nested.end() - 1 : block_end(body, nested.end() - 1)]
        flat = flat.replace(inner, "{}", 1)
    match = re.search(r"^[ \t]*" + name + r"[ \t]*=[ \t]*(.+?)[ \t]*$", flat, re.MULTILINE)
    return match[1] if match else None


@pytest.fixture(scope="module")
def tf() -> str:
    return "\n".join(strip_comments(path.read_text()) for path in sorted(TERRAFORM.glob("*.tf")))


def resource(tf: str, kind: str, name: str) -> str:
    bodies = blocks(tf, f'resource[ \t]+"{kind}"')
    assert name in bodies, f"resource {kind}.{name} is missing"
    return bodies[name]


def variables(tf: str) -> dict[str, str]:
    return blocks(tf, "variable")


def default_of(tf: str, variable: str) -> str:
    value = attr(variables(tf)[variable], "default")
    assert value is not None, f"variable {variable} has no default"
    return value.strip('"')


def test_every_variable_is_typed_and_described(tf: str) -> None:
    found = variables(tf)
    assert len(found) >= 20
    for name, body in found.items():
        assert attr(body, "type"), f"variable {name} has no type"
        description = attr(body, "description")
        assert description and len(description) > 10, f"variable {name} has no description"


@pytest.mark.parametrize(
    "variable",
    [
        "vpc_cidr",
        "public_subnet_cidrs",
        "private_subnet_cidrs",
        "api_ingress_cidrs",
        "airflow_ingress_cidrs",
        "ssh_ingress_cidr",
        "ec2_instance_type",
        "db_instance_class",
        "db_engine_version",
        "db_backup_retention_days",
        "log_retention_days",
    ],
)
def test_tightly_limited_variables_are_validated(tf: str, variable: str) -> None:
    body = variables(tf)[variable]
    validations = list(blocks(body, "validation").values())
    assert validations
    for validation in validations:
        assert attr(validation, "condition") and attr(validation, "error_message")


def test_ec2_requires_imdsv2_and_encrypts_its_root_volume(tf: str) -> None:
    instance = resource(tf, "aws_instance", "app")
    (metadata,) = blocks(instance, "metadata_options").values()
    assert attr(metadata, "http_tokens") == '"required"'
    assert attr(metadata, "http_endpoint") == '"enabled"'
    (root,) = blocks(instance, "root_block_device").values()
    assert attr(root, "encrypted") == "true"
    assert attr(instance, "iam_instance_profile") == "aws_iam_instance_profile.app.name"
    assert attr(instance, "user_data") == 'file("${path.module}/user_data.sh")'


def test_rds_is_private_encrypted_protected_and_kept_seven_days(tf: str) -> None:
    db = resource(tf, "aws_db_instance", "warehouse")
    assert attr(db, "engine") == '"postgres"'
    assert attr(db, "storage_encrypted") == "true"
    assert attr(db, "publicly_accessible") == "false"
    assert attr(db, "deletion_protection") == "true"
    assert attr(db, "skip_final_snapshot") == "false"
    assert attr(db, "manage_master_user_password") == "true"
    assert attr(db, "password") is None, "the master password must not be in Terraform"
    assert attr(db, "backup_retention_period") == "var.db_backup_retention_days"
    assert int(default_of(tf, "db_backup_retention_days")) >= 7
    (validation,) = blocks(variables(tf)["db_backup_retention_days"], "validation").values()
    assert "var.db_backup_retention_days >= 7" in attr(validation, "condition")
    assert attr(db, "db_subnet_group_name") == "aws_db_subnet_group.warehouse.name"
    subnets = resource(tf, "aws_db_subnet_group", "warehouse")
    assert attr(subnets, "subnet_ids") == "aws_subnet.private[*].id"


def test_rds_runs_postgresql_16_or_newer(tf: str) -> None:
    assert int(default_of(tf, "db_engine_version").split(".")[0]) >= 16
    (validation,) = blocks(variables(tf)["db_engine_version"], "validation").values()
    assert ">= 16" in attr(validation, "condition")


def test_rds_parameter_group_forces_ssl(tf: str) -> None:
    db = resource(tf, "aws_db_instance", "warehouse")
    assert attr(db, "parameter_group_name") == "aws_db_parameter_group.warehouse.name"
    group = resource(tf, "aws_db_parameter_group", "warehouse")
    parameters = {attr(p, "name"): attr(p, "value") for p in blocks(group, "parameter").values()}
    assert parameters['"rds.force_ssl"'] == '"1"'


def test_rds_accepts_postgresql_only_from_the_app_security_group(tf: str) -> None:
    db = resource(tf, "aws_db_instance", "warehouse")
    assert attr(db, "vpc_security_group_ids") == "[aws_security_group.db.id]"
    rules = {
        name: body
        for name, body in blocks(tf, 'resource[ \t]+"aws_vpc_security_group_ingress_rule"').items()
        if attr(body, "security_group_id") == "aws_security_group.db.id"
    }
    assert list(rules) == ["db_from_app"]
    rule = rules["db_from_app"]
    assert attr(rule, "referenced_security_group_id") == "aws_security_group.app.id"
    assert attr(rule, "cidr_ipv4") is None
    assert attr(rule, "from_port") == attr(rule, "to_port") == "5432"
    assert "ingress" not in resource(tf, "aws_security_group", "db")


def test_no_ssh_by_default_and_never_from_the_whole_internet(tf: str) -> None:
    ingress = blocks(tf, 'resource[ \t]+"aws_vpc_security_group_ingress_rule"')
    on_port_22 = {name: body for name, body in ingress.items() if attr(body, "from_port") == "22"}
    assert list(on_port_22) == ["ssh"]
    assert attr(on_port_22["ssh"], "count") == 'var.ssh_ingress_cidr == "" ? 0 : 1'
    assert default_of(tf, "ssh_ingress_cidr") == ""
    (validation,) = blocks(variables(tf)["ssh_ingress_cidr"], "validation").values()
    assert '!= "0.0.0.0/0"' in attr(validation, "condition")
    for name, body in ingress.items():
        assert attr(body, "cidr_ipv4") != '"0.0.0.0/0"', f"{name} is open to the internet"
    assert "ingress" not in resource(tf, "aws_security_group", "app"), "inline rules bypass the checks above"


def test_network_has_public_and_private_subnets_in_two_zones_and_an_s3_gateway(tf: str) -> None:
    for kind in ("public", "private"):
        subnet = resource(tf, "aws_subnet", kind)
        assert attr(subnet, "count") == "2"
        assert attr(subnet, "availability_zone") == "local.azs[count.index]"
        assert attr(subnet, "map_public_ip_on_launch") == "false"
    assert default_of(tf, "availability_zones") == "[]"
    (azs,) = [attr(body, "azs") for body in blocks(tf, "locals").values() if attr(body, "azs")]
    assert (
        azs
        == 'length(var.availability_zones) == 2 ? var.availability_zones : ["${var.aws_region}a", "${var.aws_region}b"]'
    )
    endpoint = resource(tf, "aws_vpc_endpoint", "s3")
    assert attr(endpoint, "vpc_endpoint_type") == '"Gateway"'
    assert attr(endpoint, "service_name") == '"com.amazonaws.${var.aws_region}.s3"'
    assert "aws_route_table.private.id" in attr(endpoint, "route_table_ids")
    private_routes = resource(tf, "aws_route_table", "private")
    assert "route" not in private_routes, "the private subnets must have no route out"


def test_bucket_is_versioned_kms_encrypted_and_never_public(tf: str) -> None:
    versioning = resource(tf, "aws_s3_bucket_versioning", "data")
    (config,) = blocks(versioning, "versioning_configuration").values()
    assert attr(config, "status") == '"Enabled"'
    encryption = resource(tf, "aws_s3_bucket_server_side_encryption_configuration", "data")
    (default,) = blocks(encryption, "apply_server_side_encryption_by_default").values()
    assert attr(default, "sse_algorithm") == '"aws:kms"'
    block = resource(tf, "aws_s3_bucket_public_access_block", "data")
    for setting in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"):
        assert attr(block, setting) == "true", setting


def test_bucket_policy_denies_requests_without_tls(tf: str) -> None:
    policy = resource(tf, "aws_s3_bucket_policy", "data")
    assert attr(policy, "policy") == "data.aws_iam_policy_document.data_bucket.json"
    document = blocks(tf, 'data[ \t]+"aws_iam_policy_document"')["data_bucket"]
    statements = list(blocks(document, "statement").values())
    tls = [s for s in statements if attr(s, "sid") == '"DenyInsecureTransport"']
    assert len(tls) == 1
    assert attr(tls[0], "effect") == '"Deny"'
    assert attr(tls[0], "actions") == '["s3:*"]'
    (condition,) = blocks(tls[0], "condition").values()
    assert (attr(condition, "variable"), attr(condition, "values")) == ('"aws:SecureTransport"', '["false"]')


def test_archive_moves_to_glacier(tf: str) -> None:
    lifecycle = resource(tf, "aws_s3_bucket_lifecycle_configuration", "data")
    rules = list(blocks(lifecycle, "rule").values())
    archive = [r for r in rules if attr(r, "id") == '"archive-to-glacier"']
    assert len(archive) == 1
    (filter_,) = blocks(archive[0], "filter").values()
    assert attr(filter_, "prefix") == '"${var.s3_prefix}/archive/"'
    (transition,) = blocks(archive[0], "transition").values()
    assert attr(transition, "storage_class") == '"GLACIER"'


def test_instance_role_reaches_only_its_data_prefix_releases_secrets_and_key(tf: str) -> None:
    document = blocks(tf, 'data[ \t]+"aws_iam_policy_document"')["app"]
    resources = [attr(s, "resources") for s in blocks(document, "statement").values()]
    assert resources == [
        "[aws_s3_bucket.data.arn]",
        '["${aws_s3_bucket.data.arn}/${var.s3_prefix}/*"]',
        '["${aws_s3_bucket.deploy.arn}/releases/*"]',
        "[aws_db_instance.warehouse.master_user_secret[0].secret_arn]",
        "concat([for secret in aws_secretsmanager_secret.db_role : secret.arn],"
        " [aws_secretsmanager_secret.pseudonym_key.arn])",
        "[aws_kms_key.main.arn]",
        '["*"]',
        '[aws_cloudwatch_log_group.deploy.arn, "${aws_cloudwatch_log_group.deploy.arn}:*"]',
    ]
    attachments = blocks(tf, 'resource[ \t]+"aws_iam_role_policy_attachment"')
    assert attr(attachments["app_ssm"], "policy_arn").endswith('policy/AmazonSSMManagedInstanceCore"')
    app_attachments = [b for b in attachments.values() if attr(b, "role") == "aws_iam_role.app.name"]
    assert len(app_attachments) == 1, "the host gets SSM core and nothing else managed"


def test_every_checkov_skip_carries_a_reason() -> None:
    files = [*TERRAFORM.glob("*.tf"), REPO / "Dockerfile", REPO / "backend" / "Dockerfile"]
    skips = [line for path in files for line in path.read_text().splitlines() if "checkov:skip" in line]
    assert skips
    for line in skips:
        assert re.search(r"checkov:skip=CKV2?_[A-Z]+_\d+:\S.{15,}", line), line


def test_tfvars_example_holds_no_secret_or_access_key() -> None:
    example = (TERRAFORM / "terraform.tfvars.example").read_text()
    assignments = re.findall(r"^\s*#?\s*([a-z_]+)\s*=", example, re.MULTILINE)
    assert "aws_region" in assignments
    for name in assignments:
        assert not re.search(r"password|secret|access_key|token", name), name
    assert not re.search(r"AKIA[0-9A-Z]{16}", example)


def test_outputs_cover_everything_deploy_ec2_reads(tf: str) -> None:
    outputs = blocks(tf, "output")
    for name, body in outputs.items():
        assert attr(body, "description"), f"output {name} has no description"
    script = (REPO / "deploy-ec2.sh").read_text()
    read = set(re.findall(r"tf_output ([a-z0-9_]+)", script))
    assert read >= {
        "instance_id",
        "instance_public_dns",
        "rds_address",
        "s3_bucket_name",
        "deploy_bucket_name",
        "db_master_secret_arn",
        "secrets_prefix",
        "behind_load_balancer",
    }
    assert read <= set(outputs), read - set(outputs)
    # The design document's output names.
    assert {"api_url", "airflow_url", "rds_endpoint", "ec2_public_ip", "s3_bucket_name"} <= set(outputs)


def test_user_data_installs_docker_and_the_compose_plugin() -> None:
    script = (TERRAFORM / "user_data.sh").read_text()
    assert script.startswith("#!/bin/bash\n")
    assert "set -euo pipefail" in script
    assert re.search(r"^dnf install -y docker\b", script, re.MULTILINE)
    assert "systemctl enable --now docker" in script
    assert re.search(r'install -m 0755 .* "\$PLUGINS/docker-compose"', script)
    # Downloads are checked against the release's published checksums.
    assert script.count("sha256sum --check --strict") == 2


# --- python-hcl2 ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parsed() -> dict[str, list[dict[str, Any]]]:
    """Every top-level block kind of terraform/*.tf, merged across files (python-hcl2's layout)."""
    merged: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(TERRAFORM.glob("*.tf")):
        for kind, items in hcl2.loads(path.read_text()).items():
            merged.setdefault(kind, []).extend(items)
    return merged


def unquote(value: Any) -> Any:
    """python-hcl2 keeps string literals quoted ("\"x\"") and expressions as ${...}."""
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def hcl_resource(parsed: dict[str, list[dict[str, Any]]], kind: str, name: str) -> dict[str, Any]:
    for item in parsed.get("resource", []):
        for found_kind, by_name in item.items():
            if unquote(found_kind) == kind:
                for found_name, body in by_name.items():
                    if unquote(found_name) == name:
                        return body
    raise AssertionError(f"resource {kind}.{name} is missing")


def hcl_variable(parsed: dict[str, list[dict[str, Any]]], name: str) -> dict[str, Any]:
    for item in parsed["variable"]:
        for found, body in item.items():
            if unquote(found) == name:
                return body
    raise AssertionError(f"variable {name} is missing")


def test_rds_logs_no_bind_values(parsed: dict[str, list[dict[str, Any]]]) -> None:
    group = hcl_resource(parsed, "aws_db_parameter_group", "warehouse")
    parameters = {unquote(p["name"]): unquote(p["value"]) for p in group["parameter"]}
    assert parameters["log_parameter_max_length"] == "0"
    assert parameters["log_parameter_max_length_on_error"] == "0"
    assert parameters["log_statement"] in ("ddl", "none"), "log_statement=all/mod would log every value"
    assert parameters["rds.force_ssl"] == "1"
    for name in ("auto_explain.log_analyze", "pgaudit.log", "log_min_error_statement"):
        assert name not in parameters


def test_every_service_role_and_the_pseudonym_key_have_a_kms_encrypted_secret(
    parsed: dict[str, list[dict[str, Any]]], tf: str
) -> None:
    roles = hcl_resource(parsed, "aws_secretsmanager_secret", "db_role")
    assert roles["for_each"] == "${local.db_roles}"
    (db_roles,) = [attr(body, "db_roles") for body in blocks(tf, "locals").values() if attr(body, "db_roles")]
    assert db_roles == (
        'toset(["medilink_api", "medilink_pipeline", "medilink_dbt", "medilink_analyst", "medilink_reporting"])'
    )
    key = hcl_resource(parsed, "aws_secretsmanager_secret", "pseudonym_key")
    for secret in (roles, key):
        assert secret["kms_key_id"] == "${aws_kms_key.main.arn}"
        assert "secret_string" not in secret
    # No value in the Terraform state: no secret version resource at all.
    assert "aws_secretsmanager_secret_version" not in tf


def test_the_deploy_bucket_denies_the_instance_role_every_write(tf: str) -> None:
    document = blocks(tf, 'data[ \t]+"aws_iam_policy_document"')["deploy_bucket"]
    statements = {attr(s, "sid"): s for s in blocks(document, "statement").values()}
    deny = statements['"HostNeverWrites"']
    assert attr(deny, "effect") == '"Deny"'
    assert "s3:PutObject" in attr(deny, "actions") and "s3:DeleteObject" in attr(deny, "actions")
    (principal,) = blocks(deny, "principals").values()
    assert attr(principal, "identifiers") == "[aws_iam_role.app.arn]"
    app = blocks(tf, 'data[ \t]+"aws_iam_policy_document"')["app"]
    for statement in blocks(app, "statement").values():
        if "aws_s3_bucket.deploy" in (attr(statement, "resources") or ""):
            assert attr(statement, "actions") == '["s3:GetObject"]'


def test_alarms_cover_the_host_the_database_the_load_balancer_and_the_heartbeat(
    parsed: dict[str, list[dict[str, Any]]],
) -> None:
    metrics = {
        name: (
            unquote(hcl_resource(parsed, "aws_cloudwatch_metric_alarm", name).get("namespace")),
            unquote(hcl_resource(parsed, "aws_cloudwatch_metric_alarm", name).get("metric_name")),
        )
        for name in ("instance_status", "rds_cpu", "rds_storage", "rds_connections")
    }
    assert metrics == {
        "instance_status": ("AWS/EC2", "StatusCheckFailed"),
        "rds_cpu": ("AWS/RDS", "CPUUtilization"),
        "rds_storage": ("AWS/RDS", "FreeStorageSpace"),
        "rds_connections": ("AWS/RDS", "DatabaseConnections"),
    }
    alb = hcl_resource(parsed, "aws_cloudwatch_metric_alarm", "alb_5xx")
    assert alb["namespace"] == '"AWS/ApplicationELB"'
    heartbeat = hcl_resource(parsed, "aws_cloudwatch_metric_alarm", "pipeline_heartbeat")
    assert heartbeat["treat_missing_data"] == '"breaching"'
    assert heartbeat["period"] * heartbeat["evaluation_periods"] == 26 * 3600
    assert heartbeat["datapoints_to_alarm"] == heartbeat["evaluation_periods"]
    for item in parsed["resource"]:
        for body in item.get('"aws_cloudwatch_metric_alarm"', {}).values():
            assert body["alarm_actions"] == "${local.alarm_actions}"
    topic = hcl_resource(parsed, "aws_sns_topic", "alarms")
    assert topic["kms_master_key_id"] == "${aws_kms_key.main.arn}"


def test_the_heartbeat_contract_is_the_one_the_readme_states(tf: str) -> None:
    readme = (REPO / "README.md").read_text()
    assert 'heartbeat_namespace = "Medilink"' in tf and 'heartbeat_metric    = "PipelineHeartbeat"' in tf
    assert "Medilink/PipelineHeartbeat" in readme
    assert "Deployment=<project>-<environment>" in readme


def test_the_instance_accepts_the_api_and_airflow_only_from_the_alb_when_there_is_one(tf: str) -> None:
    ingress = blocks(tf, 'resource[ \t]+"aws_vpc_security_group_ingress_rule"')
    from_alb = ingress["app_from_alb"]
    assert attr(from_alb, "referenced_security_group_id") == "aws_security_group.alb[0].id"
    assert attr(from_alb, "cidr_ipv4") is None
    assert attr(ingress["api"], "count") == "local.alb ? 0 : length(var.api_ingress_cidrs)"
    assert attr(ingress["airflow"], "count") == "local.alb ? 0 : length(var.airflow_ingress_cidrs)"
    ports = {attr(body, "from_port") for body in ingress.values()}
    assert "9464" not in ports, "the API's metrics port is never opened"


def test_the_https_listener_uses_a_tls12_policy_and_http_only_redirects(
    parsed: dict[str, list[dict[str, Any]]],
) -> None:
    policy = hcl_variable(parsed, "alb_ssl_policy")
    assert policy["default"] == '"ELBSecurityPolicy-TLS13-1-2-2021-06"'
    https = hcl_resource(parsed, "aws_lb_listener", "https")
    assert https["ssl_policy"] == "${var.alb_ssl_policy}" and https["protocol"] == '"HTTPS"'
    http = hcl_resource(parsed, "aws_lb_listener", "http")
    (action,) = http["default_action"]
    assert action["type"] == '"redirect"'
    (redirect,) = action["redirect"]
    assert (redirect["protocol"], redirect["port"]) == ('"HTTPS"', '"443"')
    airflow_rule = hcl_resource(parsed, "aws_lb_listener_rule", "airflow")
    conditions = airflow_rule["condition"]
    assert any("source_ip" in c for c in conditions), "Airflow's host name is limited to airflow_ingress_cidrs"
    lb = hcl_resource(parsed, "aws_lb", "main")
    assert lb["drop_invalid_header_fields"] is True


def _terraform_mirror() -> str | None:
    plugin_dir = os.environ.get("TF_PLUGIN_DIR", "/opt/tf-plugins")
    return plugin_dir if shutil.which("terraform") and Path(plugin_dir).is_dir() else None


def run_terraform_test(workdir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`terraform test` on a scratch copy of terraform/ (plus extra .tftest.hcl files), provider offline."""
    plugin_dir = _terraform_mirror()
    assert plugin_dir
    for path in [*TERRAFORM.glob("*.tf"), *TERRAFORM.glob("*.sh")]:
        shutil.copy(path, workdir / path.name)
    shutil.copytree(TERRAFORM / "tests", workdir / "tests")
    shutil.copy(TERRAFORM / "terraform.tfvars.example", workdir / "example.tfvars")
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"}
    init = subprocess.run(
        ["terraform", "init", "-backend=false", "-input=false", f"-plugin-dir={plugin_dir}", "-no-color"],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )
    assert init.returncode == 0, init.stdout + init.stderr
    return subprocess.run(
        ["terraform", "test", "-no-color", *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env=env,
    )


@pytest.mark.skipif(_terraform_mirror() is None, reason="terraform or its provider mirror (TF_PLUGIN_DIR) is absent")
def test_terraform_test_plans_the_configuration_against_a_mocked_provider(tmp_path: Path) -> None:
    (tmp_path / "defaults").mkdir()
    result = run_terraform_test(tmp_path / "defaults")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Success! (\d+) passed, 0 failed", result.stdout)
    # The same runs with terraform.tfvars.example as the base values: the example validates and plans.
    (tmp_path / "example").mkdir()
    result = run_terraform_test(tmp_path / "example", "-var-file=example.tfvars")
    assert result.returncode == 0, result.stdout + result.stderr
