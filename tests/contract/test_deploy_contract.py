"""The design document's deployment examples, read from the document itself at test time, against the
real deployment files: its terraform.tfvars example (validated by Terraform against a mocked AWS
provider, and by python-hcl2 for the names), its docker-compose commands and environment variables
(the compose file read with Compose's interpolation rules) and its dbt commands (run for real, in the
layout the Airflow image gives them).

The document is ../shared/seed/000_cd7c1f1bca5a5da4.txt beside the repository (CI has a copy there;
the nearest ancestor folder holding shared/ is used, for git worktrees).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import hcl2
import psycopg
import pytest
import yaml
from compose_interpolation import resolve
from design_document import document_text
from psycopg.conninfo import conninfo_to_dict

from elt.db import migrate

REPO = Path(__file__).resolve().parents[2]
TERRAFORM = REPO / "terraform"
COMPOSE = REPO / "docker-compose.yaml"

# The document's secrets: refused, each with the safe alternative used instead.
REFUSED = {
    "db_password": "Secrets Manager",
    "aws_access_key": "instance role",
    "aws_secret_key": "instance role",
}


@pytest.fixture(scope="module")
def document() -> str:
    return document_text()


def fenced_blocks(text: str, language: str) -> list[str]:
    return re.findall(r"^```" + language + r"\n(.*?)^```", text, re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def tfvars_text(document: str) -> str:
    section = document[document.index("**terraform.tfvars example**") :]
    return fenced_blocks(section, "hcl")[0]


@pytest.fixture(scope="module")
def tfvars(tfvars_text: str) -> dict[str, Any]:
    return {name: unquote(value) for name, value in hcl2.loads(tfvars_text).items() if not name.startswith("__")}


def unquote(value: Any) -> Any:
    if isinstance(value, str) and len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    if isinstance(value, list):
        return [unquote(item) for item in value]
    if isinstance(value, dict):
        return {unquote(key): unquote(item) for key, item in value.items() if key != "__is_block__"}
    return value


@pytest.fixture(scope="module")
def terraform_parsed() -> dict[str, list[dict[str, Any]]]:
    merged: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(TERRAFORM.glob("*.tf")):
        for kind, items in hcl2.loads(path.read_text()).items():
            merged.setdefault(kind, []).extend(items)
    return merged


def declared(parsed: dict[str, list[dict[str, Any]]], kind: str) -> dict[str, dict[str, Any]]:
    return {unquote(name): body for item in parsed.get(kind, []) for name, body in item.items()}


# --- Terraform ------------------------------------------------------------------------------------


def test_the_tfvars_example_is_the_one_expected(tfvars: dict[str, Any]) -> None:
    # Guards the extraction: the document's example, with its well-known values.
    assert tfvars["environment"] == "production"
    assert tfvars["db_username"] == "postgres"
    assert tfvars["availability_zones"] == ["eu-west-1a", "eu-west-1b"]
    assert set(REFUSED) <= set(tfvars)


def test_every_variable_of_the_tfvars_example_is_declared(
    tfvars: dict[str, Any], terraform_parsed: dict[str, list[dict[str, Any]]]
) -> None:
    variables = declared(terraform_parsed, "variable")
    assert set(tfvars) - set(variables) == set()
    for name in REFUSED:
        body = variables[name]
        assert body.get("sensitive") is True, name
        (validation,) = body["validation"]
        assert validation["condition"] == f"${{var.{name} == null}}", name
        assert REFUSED[name] in validation["error_message"], name


def test_the_documents_outputs_exist(document: str, terraform_parsed: dict[str, list[dict[str, Any]]]) -> None:
    section = document[document.index("You'll get outputs like:") :]
    block = re.search(r"```\n(.*?)```", section, re.DOTALL)
    assert block
    names = re.findall(r"^([a-z_0-9]+)\s*=", block[1], re.MULTILINE)
    assert names == ["ec2_public_ip", "rds_endpoint", "s3_bucket_name", "airflow_url", "api_url"]
    assert set(names) <= set(declared(terraform_parsed, "output"))


class Unsupported(Exception):
    """A condition form the small evaluator below does not read (terraform test covers those)."""


def _split_top(expr: str, operator: str) -> list[str]:
    """Split on an operator outside quotes, parentheses and brackets."""
    parts, depth, quoted, start, i = [], 0, False, 0, 0
    while i < len(expr):
        char = expr[i]
        if quoted:
            i += 2 if char == "\\" else 1
            quoted = quoted and char != '"'
            continue
        if char == '"':
            quoted = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif depth == 0 and expr.startswith(operator, i):
            parts.append(expr[start:i].strip())
            start = i + len(operator)
            i = start
            continue
        i += 1
    return [*parts, expr[start:].strip()]


def evaluate(expr: str, values: dict[str, Any]) -> bool:
    """The validation condition forms used for the document's variables: || && ! ( ), contains(list,
    var.x), can(regex("re", var.x)), var.x == null, var.x ==/!= "string", var.x >=/<=/</> number.
    Terraform's regex() is RE2; these patterns mean the same in Python's re."""
    expr = expr.strip()
    if expr.startswith("${") and expr.endswith("}"):
        expr = expr[2:-1].strip()
    for operator, combine in (("||", any), ("&&", all)):
        parts = _split_top(expr, operator)
        if len(parts) > 1:
            return combine(evaluate(part, values) for part in parts)
    if expr.startswith("!"):
        return not evaluate(expr[1:], values)
    if expr.startswith("(") and expr.endswith(")") and len(_split_top(expr[1:-1], ")")) == 1:
        return evaluate(expr[1:-1], values)
    variable = r"var\.(?P<var>[a-z_0-9]+)"
    if m := re.fullmatch(r"contains\((?P<list>\[.*\]), " + variable + r"\)", expr):
        return values.get(m["var"]) in json.loads(m["list"])
    if m := re.fullmatch(r'can\(regex\((?P<re>"(?:[^"\\]|\\.)*"), ' + variable + r"\)\)", expr):
        return re.search(json.loads(m["re"]), str(values.get(m["var"]))) is not None
    if m := re.fullmatch(variable + r" (?P<op>==|!=|>=|<=|<|>) (?P<rhs>null|\"[^\"]*\"|[0-9.]+)", expr):
        value, rhs = values.get(m["var"]), json.loads(m["rhs"])
        return {
            "==": value == rhs,
            "!=": value != rhs,
            ">=": rhs is not None and value >= rhs,
            "<=": rhs is not None and value <= rhs,
            "<": rhs is not None and value < rhs,
            ">": rhs is not None and value > rhs,
        }[m["op"]]
    raise Unsupported(expr)


def test_the_small_evaluator_reads_conditions_as_terraform_does() -> None:
    # Worked by hand from Terraform's semantics.
    assert evaluate('${contains(["a", "b"], var.x)}', {"x": "b"})
    assert not evaluate('${!contains(["a", "b"], var.x)}', {"x": "b"})
    assert evaluate('${can(regex("^[a-z]{2}-[a-z]+-[0-9]$", var.x))}', {"x": "eu-west-1"})
    assert not evaluate('${can(regex("^db\\\\.t3$", var.x))}', {"x": "dbxt3"})
    assert evaluate('${var.x == "" || (var.y >= 20 && var.y <= 30)}', {"x": "set", "y": 25})
    assert not evaluate("${var.x == null}", {"x": "secret"})
    with pytest.raises(Unsupported):
        evaluate("${can(cidrhost(var.x, 0))}", {"x": "10.0.0.0/16"})


def test_the_document_values_pass_every_validation_but_the_three_secrets(
    tfvars: dict[str, Any], terraform_parsed: dict[str, list[dict[str, Any]]]
) -> None:
    """Without terraform: every validation of a variable the document sets, in the forms evaluate()
    reads, holds for the document's values, except the three refused secrets."""
    variables = declared(terraform_parsed, "variable")
    values = {**{name: None for name in variables}, **tfvars}
    verdicts: dict[str, bool] = {}
    for name in tfvars:
        for validation in variables[name].get("validation", []):
            try:
                ok = evaluate(validation["condition"], values)
            except Unsupported:
                continue
            verdicts[name] = verdicts.get(name, True) and ok
    failing = sorted(name for name, ok in verdicts.items() if not ok)
    assert failing == sorted(REFUSED)
    read = set(verdicts)
    assert {"aws_region", "project_name", "environment", "ec2_instance_type", "db_instance_class", "db_name",
            "db_username", "db_allocated_storage", "s3_bucket_name"} <= read, read  # fmt: skip


def _terraform_mirror() -> str | None:
    plugin_dir = os.environ.get("TF_PLUGIN_DIR", "/opt/tf-plugins")
    return plugin_dir if shutil.which("terraform") and Path(plugin_dir).is_dir() else None


def _mock_provider() -> str:
    """The mocked AWS provider of terraform/tests/deploy.tftest.hcl (one definition)."""
    text = (TERRAFORM / "tests" / "deploy.tftest.hcl").read_text()
    start = text.index('mock_provider "aws" {')
    depth, i = 0, start
    while True:
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        i += 1
        if depth == 0 and text[i - 1] == "}":
            return text[start:i]


def terraform_test(tmp_path: Path, tests: str) -> subprocess.CompletedProcess[str]:
    plugin_dir = _terraform_mirror()
    assert plugin_dir
    for path in [*TERRAFORM.glob("*.tf"), *TERRAFORM.glob("*.sh")]:
        shutil.copy(path, tmp_path / path.name)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "document.tftest.hcl").write_text(_mock_provider() + "\n" + tests)
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"}
    init = subprocess.run(
        ["terraform", "init", "-backend=false", "-input=false", f"-plugin-dir={plugin_dir}", "-no-color"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=env,
    )
    assert init.returncode == 0, init.stdout + init.stderr
    return subprocess.run(
        ["terraform", "test", "-no-color"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env=env,
    )


def _without_refused(tfvars_text: str) -> str:
    return "\n".join(
        line for line in tfvars_text.splitlines() if not re.match(r"\s*(" + "|".join(REFUSED) + r")\s*=", line)
    )


needs_terraform = pytest.mark.skipif(
    _terraform_mirror() is None, reason="terraform or its provider mirror (TF_PLUGIN_DIR) is absent"
)


@needs_terraform
def test_the_tfvars_example_validates_except_its_three_secrets(tmp_path: Path, tfvars_text: str) -> None:
    # The document's text goes into the variables block verbatim (tfvars is HCL attribute syntax).
    refused = ", ".join(f"var.{name}" for name in REFUSED)
    tests = f"""
run "document_example_refuses_only_its_secrets" {{
  command = plan
  variables {{
{tfvars_text}
  }}
  expect_failures = [{refused}]
}}

run "document_example_without_its_secrets_plans" {{
  command = apply
  variables {{
{_without_refused(tfvars_text)}
  }}
  assert {{
    condition     = aws_s3_bucket.data.bucket == "medical-records-data-unique-name"
    error_message = "s3_bucket_name names the bucket"
  }}
  assert {{
    condition     = aws_instance.app.instance_type == "t3.medium" && aws_instance.app.key_name == "your-key-pair-name"
    error_message = "ec2_instance_type and ec2_key_name reach the instance"
  }}
  assert {{
    condition     = [for s in aws_subnet.public : s.availability_zone] == ["eu-west-1a", "eu-west-1b"]
    error_message = "availability_zones places the subnets"
  }}
  assert {{
    condition     = aws_db_instance.warehouse.username == "postgres"
    error_message = "db_username reaches RDS"
  }}
  assert {{
    condition     = aws_db_instance.warehouse.allocated_storage == 100
    error_message = "db_allocated_storage reaches RDS"
  }}
  assert {{
    condition     = aws_db_instance.warehouse.manage_master_user_password && aws_db_instance.warehouse.password == null
    error_message = "RDS keeps the master password"
  }}
  assert {{
    condition     = output.api_url != "" && output.airflow_url != ""
    error_message = "the document's URL outputs"
  }}
  assert {{
    condition     = output.ec2_public_ip == aws_instance.app.public_ip
    error_message = "the document's outputs"
  }}
}}
"""
    result = terraform_test(tmp_path, tests)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success! 2 passed, 0 failed." in result.stdout


@needs_terraform
def test_each_refused_secret_gets_a_message_naming_its_alternative(tmp_path: Path, tfvars_text: str) -> None:
    tests = f"""
run "document_example" {{
  command = plan
  variables {{
{tfvars_text}
  }}
}}
"""
    result = terraform_test(tmp_path, tests)
    assert result.returncode == 1
    output = result.stdout + result.stderr
    errors = re.findall(r"Error: Invalid value for variable\n\n.*?\n\n(.*?)\n\n", output, re.DOTALL)
    failing = sorted(set(re.findall(r"var\.([a-z_]+) is", output)))
    assert failing == sorted(REFUSED), output
    assert len(errors) == len(REFUSED), output
    for name, alternative in REFUSED.items():
        (message,) = [m for m in errors if f"{name} is not accepted" in " ".join(m.split())]
        assert alternative in " ".join(message.split()), message


# --- Compose --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compose_raw() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


@pytest.fixture(scope="module")
def compose_commands(document: str) -> list[list[str]]:
    lines = [line.split("#")[0].strip() for block in fenced_blocks(document, "bash") for line in block.splitlines()]
    # A pipe ends the compose command (`docker-compose logs webserver | grep ERROR`).
    return [shlex.split(line.split("|")[0]) for line in lines if line.startswith("docker-compose ")]


def services_named(command: list[str]) -> list[str]:
    """The service names a docker-compose command line names (after its sub-command and flags)."""
    sub = command[1]
    args = [a for a in command[2:] if not a.startswith("-")]
    if sub in ("logs", "restart", "build") and args:
        return args
    if sub == "exec":
        return args[:1]
    if sub == "up":
        return [a.split("=")[0] for a in command if a.startswith("backend=")] or []
    return []


def test_every_service_the_documents_commands_name_exists(
    compose_commands: list[list[str]], compose_raw: dict[str, Any]
) -> None:
    named = {name for command in compose_commands for name in services_named(command)}
    assert named == {"webserver", "scheduler", "backend"}, named
    assert named <= set(compose_raw["services"])
    # `--scale backend=3` is there too.
    assert any("--scale" in command for command in compose_commands)


def test_webserver_is_the_airflow_image_where_airflow_and_dbt_commands_run(
    compose_commands: list[list[str]], compose_raw: dict[str, Any]
) -> None:
    execs = [command[3:] for command in compose_commands if command[1] == "exec" and command[2] == "webserver"]
    assert ["airflow", "dags", "list"] in execs
    assert ["dbt", "debug", "--profiles-dir", "/root/.dbt"] in execs
    assert ["cat", "/root/.dbt/profiles.yml"] in execs
    webserver = compose_raw["services"]["webserver"]
    assert webserver["build"]["dockerfile"] == "Dockerfile"
    assert webserver["command"] == "api-server"
    dockerfile = (REPO / "Dockerfile").read_text()
    assert "install -m 0644 /opt/medilink/dbt/profiles.yml /root/.dbt/profiles.yml" in dockerfile
    assert "ln -s /opt/medilink/dbt /opt/airflow/dbt" in dockerfile


@pytest.fixture(scope="module")
def document_env(document: str) -> dict[str, str]:
    """NAME=value lines of the document's bash blocks (its .env examples)."""
    env: dict[str, str] = {}
    for block in fenced_blocks(document, "bash"):
        for name, value in re.findall(r"^([A-Z][A-Z0-9_]+)=(\S*)", block, re.MULTILINE):
            env[name] = value
    return env


def test_the_documents_env_names_are_the_ones_expected(document_env: dict[str, str]) -> None:
    assert set(document_env) == {
        "POSTGRES_HOST",
        "POSTGRES_PORT",
        "POSTGRES_USER",
        "POSTGRES_PASSWORD",
        "POSTGRES_DB",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AIRFLOW_ADMIN_PASSWORD",
    }


def _referenced(compose_text: str) -> set[str]:
    return set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)", compose_text))


def test_compose_reads_every_env_name_of_the_document_and_its_aliases(document_env: dict[str, str]) -> None:
    text = COMPOSE.read_text()
    referenced = _referenced(text)
    assert set(document_env) <= referenced, set(document_env) - referenced
    # The original compose file's names, honoured as aliases (passed through when set).
    passthrough = set(re.findall(r"^\s+([A-Z][A-Z0-9_]+):\s*$", text, re.MULTILINE))
    assert {"S3_INPUT_PREFIX", "S3_ARCHIVE_PREFIX", "AWS_REGION", "FLASK_ENV"} <= passthrough


def test_the_documents_env_values_reach_the_services(compose_raw: dict[str, Any], document_env: dict[str, str]) -> None:
    # The document's .env plus what this project adds (each a security addition: the README says why).
    additions = {
        "AIRFLOW_DB_PASSWORD": "x1",
        "API_JWT_SECRET": "x2",
        "AIRFLOW__API_AUTH__JWT_SECRET": "x3",
        "AIRFLOW__CORE__FERNET_KEY": "x4",
        "MEDILINK_API_DB_PASSWORD": "x5",
        "MEDILINK_PIPELINE_DB_PASSWORD": "x6",
        "MEDILINK_DBT_DB_PASSWORD": "x7",
        "MEDILINK_ANALYST_DB_PASSWORD": "x8",
        "MEDILINK_PSEUDONYM_KEY": "x9",
        "MEDILINK_REPORTING_DB_PASSWORD": "x10",
        "S3_INPUT_PREFIX": "medical_records/input/",
        "AWS_REGION": "eu-west-1",
    }
    config = resolve(compose_raw, {**document_env, **additions})

    def env(service: str) -> dict[str, Any]:
        return config["services"][service]["environment"]

    for service in ("webserver", "scheduler", "backend", "airflow-init"):
        assert env(service)["POSTGRES_HOST"] == document_env["POSTGRES_HOST"], service
        assert env(service)["POSTGRES_DB"] == document_env["POSTGRES_DB"], service
        assert str(env(service)["POSTGRES_PORT"]) == document_env["POSTGRES_PORT"], service
        assert env(service)["AWS_ACCESS_KEY_ID"] == document_env["AWS_ACCESS_KEY_ID"], service
        assert env(service)["S3_INPUT_PREFIX"] == "medical_records/input/", service
        assert env(service)["AWS_REGION"] == "eu-west-1", service
    # POSTGRES_USER=postgres is the owner, used to migrate and to give the service roles their logins.
    assert env("airflow-init")["POSTGRES_USER"] == "postgres"
    assert env("airflow-init")["POSTGRES_PASSWORD"] == document_env["POSTGRES_PASSWORD"]
    assert env("backend")["AIRFLOW_ADMIN_PASSWORD"] == document_env["AIRFLOW_ADMIN_PASSWORD"]


# --- dbt ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dbt_commands(document: str) -> list[str]:
    section = document[document.index("### Running dbt Models") :]
    (block,) = fenced_blocks(section, "bash")[:1]
    return [line.strip() for line in block.splitlines() if line.strip() and not line.strip().startswith("#")]


@pytest.fixture(scope="module")
def image_layout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """/opt/airflow/dbt and /root/.dbt as the Dockerfile lays them out (a symlink to the project, a
    read-only copy of the profile), under a scratch root."""
    root = tmp_path_factory.mktemp("image")
    (root / "opt" / "airflow").mkdir(parents=True)
    (root / "opt" / "airflow" / "dbt").symlink_to(REPO / "dbt")
    profiles = root / "root" / ".dbt"
    profiles.mkdir(parents=True)
    shutil.copy(REPO / "dbt" / "profiles.yml", profiles / "profiles.yml")
    (profiles / "profiles.yml").chmod(0o444)
    profiles.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    return root


@pytest.fixture(scope="module")
def warehouse_url(server_url: str) -> Iterator[str]:
    name = f"medilink_contract_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'create database "{name}"')
    base, _, query = server_url.partition("?")
    url = base.rsplit("/", 1)[0] + "/" + name + ("?" + query if query else "")
    migrate.upgrade("postgresql+psycopg://" + url.split("://", 1)[1])
    yield url
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f'drop database if exists "{name}" with (force)')


def test_the_documents_dbt_commands_are_the_ones_expected(dbt_commands: list[str]) -> None:
    assert dbt_commands == [
        "docker-compose exec webserver bash",
        "cd /opt/airflow/dbt",
        "dbt run --profiles-dir /root/.dbt",
        "dbt run --models stg_patients --profiles-dir /root/.dbt",
        "dbt test --profiles-dir /root/.dbt",
        "dbt docs generate --profiles-dir /root/.dbt",
    ]


def test_the_documents_dbt_commands_run_in_the_image_layout(
    dbt_commands: list[str], image_layout: Path, warehouse_url: str, tmp_path: Path
) -> None:
    """`dbt run --models stg_patients` and `dbt docs generate`, as written, from /opt/airflow/dbt with
    the read-only /root/.dbt profile (paths moved under a scratch root, the only change)."""
    server = conninfo_to_dict(warehouse_url)
    env = {
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ["PATH"],
        "HOME": str(tmp_path),
        # As in the image (Dockerfile ENV): dbt writes under /tmp, never into the project.
        "DBT_TARGET_PATH": str(tmp_path / "target"),
        "DBT_LOG_PATH": str(tmp_path / "logs"),
        "POSTGRES_HOST": str(server.get("host", "")),
        "POSTGRES_PORT": str(server.get("port", "5432")),
        "POSTGRES_USER": str(server.get("user", "postgres")),
        "POSTGRES_PASSWORD": str(server.get("password", "")),
        "POSTGRES_DB": str(server["dbname"]),
    }
    workdir = image_layout / dbt_commands[1].removeprefix("cd /")
    for command in (dbt_commands[3], dbt_commands[5]):
        args = [a.replace("/root/.dbt", str(image_layout / "root" / ".dbt")) for a in shlex.split(command)]
        result = subprocess.run(args, cwd=workdir, env=env, capture_output=True, text=True, check=False, timeout=600)
        assert result.returncode == 0, command + "\n" + result.stdout[-3000:] + result.stderr[-3000:]
    assert (tmp_path / "target" / "catalog.json").is_file(), "dbt docs generate wrote no catalog"
    with psycopg.connect(warehouse_url) as conn:
        kinds = conn.execute(
            "select table_type from information_schema.tables where table_schema = 'staging' and table_name = %s",
            ("stg_patients",),
        ).fetchall()
    assert kinds == [("VIEW",)]
    # Nothing was written beside the read-only profile.
    assert sorted(p.name for p in (image_layout / "root" / ".dbt").iterdir()) == ["profiles.yml"]
