"""Security properties of terraform/, read from the .tf files themselves.

python-hcl2 is not in the lock, so blocks are cut out with a small brace matcher (strings and
comments skipped) and their attributes read with anchored regular expressions.
"""

from __future__ import annotations

import re
from pathlib import Path

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
        "instance_type",
        "db_instance_class",
        "db_engine_version",
        "db_backup_retention_days",
        "log_retention_days",
    ],
)
def test_tightly_limited_variables_are_validated(tf: str, variable: str) -> None:
    body = variables(tf)[variable]
    (validation,) = blocks(body, "validation").values()
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
    assert default_of(tf, "availability_zone_suffixes") == '["a", "b"]'
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


def test_instance_role_reaches_only_this_bucket_this_secret_and_this_key(tf: str) -> None:
    document = blocks(tf, 'data[ \t]+"aws_iam_policy_document"')["app"]
    resources = [attr(s, "resources") for s in blocks(document, "statement").values()]
    assert resources == [
        "[aws_s3_bucket.data.arn]",
        '["${aws_s3_bucket.data.arn}/*"]',
        "[aws_db_instance.warehouse.master_user_secret[0].secret_arn]",
        "[aws_kms_key.main.arn]",
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
    assert read >= {"instance_id", "instance_public_dns", "rds_address", "bucket_name", "db_master_secret_arn"}
    assert read <= set(outputs), read - set(outputs)
    assert {"api_url", "airflow_url", "rds_endpoint", "instance_public_ip"} <= set(outputs)


def test_user_data_installs_docker_and_the_compose_plugin() -> None:
    script = (TERRAFORM / "user_data.sh").read_text()
    assert script.startswith("#!/bin/bash\n")
    assert "set -euo pipefail" in script
    assert re.search(r"^dnf install -y docker\b", script, re.MULTILINE)
    assert "systemctl enable --now docker" in script
    assert re.search(r'install -m 0755 .* "\$PLUGINS/docker-compose"', script)
    # Downloads are checked against the release's published checksums.
    assert script.count("sha256sum --check --strict") == 2
